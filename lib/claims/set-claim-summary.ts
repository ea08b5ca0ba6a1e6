import { assertNotApproved } from "@/lib/activity/approval-rules";
import { CLAIM_SUMMARY_MAX, normalizeSummary, summaryLength } from "@/lib/activity/summary-rules";
import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { hasUnstorableCharacter, UNSTORABLE_MESSAGE } from "@/lib/notes";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { updateWithRevision } from "./update-with-revision";

export type SetClaimSummaryOptions = { userId: string; claimId: string; revision: number; summary: string };

/** Sets the one-line summary exported as ClaimReview's claimReviewed (at most 75 characters); empty clears it. */
export async function setClaimSummary(options: SetClaimSummaryOptions, client: Db = db()): Promise<ClaimView> {
  const summary = normalizeSummary(options.summary);
  if (summary && summaryLength(summary) > CLAIM_SUMMARY_MAX) {
    const message = `Keep the summary to one line of ${CLAIM_SUMMARY_MAX} characters (it has ${summaryLength(summary)}).`;
    throw new AppError("INVALID_INPUT", message, { fields: { summary: message } });
  }
  if (summary && hasUnstorableCharacter(summary)) throw new AppError("INVALID_INPUT", UNSTORABLE_MESSAGE, { fields: { summary: UNSTORABLE_MESSAGE } });
  return client.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: options.claimId }, select: { deletedAt: true, approvedAt: true, claimSummary: true } });
    if (!claim || claim.deletedAt) throw notFound("That claim");
    assertNotApproved(claim);
    if (claim.claimSummary !== summary) {
      await updateWithRevision(tx, { claimId: options.claimId, revision: options.revision, actorId: options.userId, data: { claimSummary: summary } });
      await recordEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: "SUMMARY_CHANGED", before: claim.claimSummary, after: summary });
      await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
    }
    return readClaimView(tx, options.claimId);
  });
}
