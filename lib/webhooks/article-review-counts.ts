import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";

export type StatusCounts = Record<ClaimStatus, number>;

/**
 * The article's live claims counted by verdict, read so that of two verdicts given at the same moment (the last two
 * open claims, by two reviewers), exactly one transaction sees no Unreviewed claim left. Each caller has already
 * written its own verdict; the advisory lock makes the second one count only after the first has committed, and
 * (unlike a row lock on the article) cannot deadlock with an import that locks the article and then the claims.
 */
export async function articleReviewCounts(tx: Prisma.TransactionClient, articleId: string): Promise<StatusCounts> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`factdesk:review-completed:${articleId}`}, 0))`;
  const groups = await tx.claim.groupBy({ by: ["status"], where: { articleId, deletedAt: null }, _count: { _all: true } });
  const counts: StatusCounts = { UNREVIEWED: 0, VERIFIED: 0, DISPUTED: 0, UNSOURCED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
