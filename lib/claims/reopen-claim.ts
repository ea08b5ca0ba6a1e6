import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { updateWithRevision } from "./update-with-revision";

export type ReopenClaimOptions = { userId: string; claimId: string; revision: number };

/** Lifts an approval so the claim can be changed again; the history keeps who had approved it and when. */
export async function reopenClaim(options: ReopenClaimOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: options.claimId },
      select: { deletedAt: true, approvedAt: true, approvedBy: { select: { id: true, name: true } } },
    });
    if (!claim || claim.deletedAt) throw notFound("That claim");
    if (!claim.approvedAt) throw new AppError("INVALID_INPUT", "This claim is not approved, so there is nothing to reopen.");
    await updateWithRevision(tx, { claimId: options.claimId, revision: options.revision, actorId: options.userId, data: { approvedById: null, approvedAt: null }, approvalChange: true });
    await recordEvent(tx, {
      claimId: options.claimId,
      actorId: options.userId,
      kind: "REOPENED",
      before: { approvedBy: claim.approvedBy, approvedAt: claim.approvedAt.toISOString() },
    });
    await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
    return readClaimView(tx, options.claimId);
  });
}
