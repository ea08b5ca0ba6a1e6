import { wordDiff, type DiffPart } from "@/lib/anchoring";
import { db, type Db } from "@/lib/db/client";

export type VersionComparison = {
  from: { number: number; createdAt: string };
  to: { number: number; createdAt: string };
  parts: DiffPart[];
  wordsAdded: number;
  wordsRemoved: number;
};

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A word diff between two versions of one article, with how many words came and went. */
export async function compareVersions(articleId: string, fromNumber: number, toNumber: number, client: Db = db()): Promise<VersionComparison | null> {
  const versions = await client.articleVersion.findMany({
    where: { articleId, number: { in: [fromNumber, toNumber] } },
    select: { number: true, text: true, createdAt: true },
  });
  const from = versions.find((v) => v.number === fromNumber);
  const to = versions.find((v) => v.number === toNumber);
  if (!from || !to) return null;
  const parts = wordDiff(from.text, to.text);
  return {
    from: { number: from.number, createdAt: from.createdAt.toISOString() },
    to: { number: to.number, createdAt: to.createdAt.toISOString() },
    parts,
    wordsAdded: parts.filter((p) => p.op === "insert").reduce((sum, p) => sum + countWords(p.text), 0),
    wordsRemoved: parts.filter((p) => p.op === "delete").reduce((sum, p) => sum + countWords(p.text), 0),
  };
}
