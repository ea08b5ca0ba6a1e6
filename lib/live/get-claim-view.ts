import { claimViewSelect, toClaimView, type ClaimView } from "@/lib/claims/claim-view";
import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type GetClaimViewOptions = { teamId: string; articleId: string; claimId: string };

/**
 * One claim as the review page shows it, deleted ones included (with `deletedAt`), so that a browser told of a
 * change can fetch and merge it. A claim of another article or team answers "not found".
 */
export async function getClaimView(options: GetClaimViewOptions, client: Db = db()): Promise<ClaimView> {
  const claim = await client.claim.findFirst({
    where: { id: options.claimId, articleId: options.articleId, article: { teamId: options.teamId } },
    select: claimViewSelect,
  });
  if (!claim) throw notFound("That claim");
  return toClaimView(claim);
}
