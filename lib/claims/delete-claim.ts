import { db, type Db } from "@/lib/db/client";
import { assertNotApproved } from "@/lib/activity/approval-rules";
import { notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";

export type DeleteClaimOptions = { userId: string; claimId: string; restore?: boolean };

/** Soft-deletes a claim (or restores it with `restore: true`); nothing is erased, so it can always come back. */
export async function deleteClaim(options: DeleteClaimOptions, client: Db = db()): Promise<ClaimView> {
  const restoring = options.restore === true;
  return client.$transaction(async (tx) => {
    if (!restoring) {
      const claim = await tx.claim.findUnique({ where: { id: options.claimId }, select: { approvedAt: true } });
      if (claim) assertNotApproved(claim);
    }
    const { count } = await tx.claim.updateMany({
      // `approvedAt: null` on delete: an approval committed after the check above still wins.
      where: { id: options.claimId, deletedAt: restoring ? { not: null } : null, ...(restoring ? {} : { approvedAt: null }) },
      data: { deletedAt: restoring ? null : new Date(), updatedById: options.userId, revision: { increment: 1 } },
    });
    if (count === 0) throw notFound(restoring ? "That deleted claim" : "That claim");
    await recordEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: restoring ? "RESTORED" : "DELETED" });
    await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: restoring ? "restored" : "deleted" });
    return readClaimView(tx, options.claimId);
  });
}
