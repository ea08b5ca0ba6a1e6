/**
 * Benchmark data: a team with an owner and a reviewer, and ~20,000-word articles with N claims. The article goes
 * through createArticle (so its text is derived exactly as for an import); the claims are batched inserts of the
 * rows createClaim would write (claim, placement, CREATED event), a second for 2,000 claims instead of a minute.
 * Everything is seeded (Mulberry32), so every run measures the same article and the same spans.
 */
import { describe } from "@/lib/anchoring";
import { createArticle } from "@/lib/articles/create-article";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import type { Db } from "@/lib/db/client";
import { addMember, makeTeam, makeUser } from "@/lib/demo/factories";
import { ClaimStatus } from "@/lib/db/generated/enums";
import { corpusArticles, seededRandom } from "../../tests/unit/anchoring/support";

export type BenchUser = { id: string; name: string | null; email: string; password: string };
export type BenchTeam = { teamId: string; owner: BenchUser; reviewer: BenchUser };
export type BenchArticle = { articleId: string; versionId: string; text: string; words: number; claimIds: string[] };

export const ARTICLE_WORDS = 20_000;

export async function seedTeam(client: Db): Promise<BenchTeam> {
  const team = await makeTeam(client, { name: "Bench desk" });
  const people = { owner: "Olive Owner", reviewer: "Remi Reviewer" };
  const made = {} as Record<keyof typeof people, BenchUser>;
  for (const [role, name] of Object.entries(people) as [keyof typeof people, string][]) {
    const email = `${role}@bench.factdesk.test`;
    const password = `${role} bench password`;
    made[role] = { ...(await makeUser(client, { name, email, password })), password };
    await addMember(client, team.id, made[role].id, role === "owner" ? "OWNER" : "REVIEWER");
  }
  return { teamId: team.id, ...made };
}

/** The shared corpus's paragraphs, each pass in a different seeded order, until the article has `words` words. */
export function benchParagraphs(rng: () => number, words = ARTICLE_WORDS): string[] {
  const pool = corpusArticles().flatMap((article) => article.split("\n\n"));
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const pass = [...pool];
    for (let i = pass.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [pass[i], pass[j]] = [pass[j], pass[i]];
    }
    for (const paragraph of pass) {
      if (count >= words) break;
      out.push(paragraph);
      count += paragraph.split(/\s+/).length;
    }
  }
  return out;
}

/** A span of 4-20 whole words inside one paragraph; paragraphs are walked evenly so claims cover the article. */
function claimSpans(text: string, count: number, rng: () => number): { start: number; end: number }[] {
  const paragraphs: { start: number; words: { start: number; end: number }[] }[] = [];
  let offset = 0;
  for (const paragraph of text.split("\n\n")) {
    const words = [...paragraph.matchAll(/\S+/g)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length }));
    if (words.length >= 6) paragraphs.push({ start: offset, words });
    offset += paragraph.length + 2;
  }
  return Array.from({ length: count }, (_, i) => {
    const { words } = paragraphs[Math.floor(((i + rng()) * paragraphs.length) / count)];
    const length = Math.min(words.length, 4 + Math.floor(rng() * 17));
    const first = Math.floor(rng() * (words.length - length + 1));
    return { start: words[first].start, end: words[first + length - 1].end };
  });
}

const STATUSES = Object.values(ClaimStatus);
const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

// Seeded claims are stamped an hour before the run, as on an article already under review. A page's live stream
// catches up on the claims whose history moved in the last seconds (REPLAY_MARGIN_MS in lib/live/live-event-stream.ts):
// rows stamped "just now" would have every page opened in a benchmark refetch all of them, one request per claim.
const SEEDED_AGO_MS = 60 * 60 * 1000;

export async function seedArticle(client: Db, team: BenchTeam, options: { title: string; claims: number; seed: number }): Promise<BenchArticle> {
  const rng = seededRandom(options.seed);
  const at = new Date(Date.now() - SEEDED_AGO_MS);
  const doc = paragraphsToDoc(benchParagraphs(rng));
  const { articleId, versionId } = await createArticle({ userId: team.owner.id, teamId: team.teamId, title: options.title, doc }, client);
  const { text } = await client.articleVersion.findUniqueOrThrow({ where: { id: versionId }, select: { text: true } });
  const spans = claimSpans(text, options.claims, rng).sort((a, b) => a.start - b.start || b.end - a.end);
  const claimIds = spans.map((_, i) => `${articleId}-c${i}`);
  const rows = spans.map((span, i) => {
    const { quote } = describe(text, span.start, span.end);
    const noteText = i % 3 === 0 ? `Checked against the agency's release, table ${i % 40}.` : "";
    return {
      id: claimIds[i],
      articleId,
      versionId,
      ...span,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      status: STATUSES[i % STATUSES.length],
      note: noteText ? note(noteText) : undefined,
      noteText,
      assigneeId: i % 2 === 0 ? team.reviewer.id : null,
      createdById: team.owner.id,
      updatedById: team.owner.id,
      createdAt: at,
      updatedAt: at,
    };
  });
  // In chunks: one statement per 1,000 rows keeps well below PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < rows.length; i += 1_000) {
    const chunk = rows.slice(i, i + 1_000);
    await client.claim.createMany({ data: chunk });
    await client.claimPlacement.createMany({ data: chunk.map((c) => ({ claimId: c.id, versionId, state: "ANCHORED" as const, start: c.start, end: c.end, score: 1 })) });
    await client.claimEvent.createMany({ data: chunk.map((c) => ({ claimId: c.id, actorId: team.owner.id, kind: "CREATED" as const, after: { start: c.start, end: c.end }, at })) });
    const sourced = chunk.filter((_, j) => (i + j) % 5 === 0);
    await client.sourceLink.createMany({ data: sourced.map((c) => ({ claimId: c.id, url: `https://stats.example.org/${c.id}`, title: "Agency release", addedById: team.owner.id, createdAt: at })) });
  }
  return { articleId, versionId, text, words: text.split(/\s+/).length, claimIds };
}
