import { db, type Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";

export const EMPTY_STATUS_COUNTS: Readonly<Record<ClaimStatus, number>> = { UNREVIEWED: 0, VERIFIED: 0, DISPUTED: 0, UNSOURCED: 0 };

/** Live (not deleted) claims per status for each of the given articles, in one grouped query. */
export async function countClaimsByStatus(articleIds: string[], client: Db = db()): Promise<Map<string, Record<ClaimStatus, number>>> {
  const counts = await client.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: articleIds }, deletedAt: null },
    _count: { _all: true },
  });
  const byArticle = new Map<string, Record<ClaimStatus, number>>();
  for (const row of counts) {
    const entry = byArticle.get(row.articleId) ?? { ...EMPTY_STATUS_COUNTS };
    entry[row.status] = row._count._all;
    byArticle.set(row.articleId, entry);
  }
  return byArticle;
}
