import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimChange } from "./events";
import { publishArticleEvent } from "./publish";

export type PublishClaimChangeOptions = { claimId: string; actorId: string; change: ClaimChange };

/**
 * Announces a claim write from inside its transaction. Reads the article and revision from the row as the
 * transaction sees it, so each write function needs only this one line.
 */
export async function publishClaimChange(tx: Prisma.TransactionClient, options: PublishClaimChangeOptions): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: options.claimId }, select: { articleId: true, revision: true } });
  await publishArticleEvent(tx, {
    kind: "claim",
    articleId: claim.articleId,
    claimId: options.claimId,
    revision: claim.revision,
    actorId: options.actorId,
    change: options.change,
    at: Date.now(),
  });
}
