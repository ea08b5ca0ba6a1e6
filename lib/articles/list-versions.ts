import { db, type Db } from "@/lib/db/client";
import type { AnchorState } from "@/lib/db/generated/enums";

export type VersionSummary = {
  id: string;
  number: number;
  createdAt: string;
  createdBy: string;
  words: number;
  /** How the claims landed on this version when it was stored, and as people have settled them since. */
  placements: Record<AnchorState, number>;
  /** "edited" when someone changed the text in Factdesk's editor, "imported" for pasted, uploaded or fetched text. */
  origin: "edited" | "imported";
};

/** An article's versions, newest first, with who stored each and how its claims landed. */
export async function listVersions(articleId: string, client: Db = db()): Promise<VersionSummary[]> {
  const [versions, counts] = await Promise.all([
    client.articleVersion.findMany({
      where: { articleId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, createdAt: true, text: true, importReport: true, createdBy: { select: { name: true, email: true } } },
    }),
    client.claimPlacement.groupBy({
      by: ["versionId", "state"],
      where: { version: { articleId }, claim: { deletedAt: null } },
      _count: { _all: true },
    }),
  ]);
  return versions.map((version) => {
    const placements: Record<AnchorState, number> = { ANCHORED: 0, MOVED: 0, NEEDS_REVIEW: 0, ORPHANED: 0 };
    for (const row of counts) if (row.versionId === version.id) placements[row.state] = row._count._all;
    const report = version.importReport as { editedInFactdesk?: boolean } | null;
    return {
      id: version.id,
      number: version.number,
      createdAt: version.createdAt.toISOString(),
      createdBy: version.createdBy.name ?? version.createdBy.email,
      words: version.text.split(/\s+/).filter(Boolean).length,
      placements,
      origin: report?.editedInFactdesk ? "edited" : "imported",
    };
  });
}
