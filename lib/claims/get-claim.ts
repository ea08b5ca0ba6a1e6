import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { claimViewSelect, toClaimView, type ClaimView } from "./claim-view";

/** One claim with its sources, deleted or not (a deleted claim can still be read and restored). */
export async function getClaim(options: { claimId: string }, client: Db = db()): Promise<ClaimView & { articleId: string }> {
  const row = await client.claim.findUnique({ where: { id: options.claimId }, select: { ...claimViewSelect, articleId: true } });
  if (!row) throw notFound("That claim");
  const { articleId, ...view } = row;
  return { ...toClaimView(view), articleId };
}
