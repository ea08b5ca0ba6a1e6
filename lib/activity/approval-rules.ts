/**
 * The approval rules, pure and free of claim-module imports so that any claim write (update-with-revision included)
 * can call `assertNotApproved` without an import cycle.
 */
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";

export const APPROVED_LOCK_MESSAGE = "This claim is approved and locked. An editor can reopen it.";

/** Refuses a write to an approved claim: approval locks its verdict, note, sources, span, summary and assignee. */
export function assertNotApproved(claim: { approvedAt: Date | string | null }): void {
  if (claim.approvedAt) throw new AppError("CONFLICT", APPROVED_LOCK_MESSAGE);
}

export type ApprovalFacts = {
  status: ClaimStatus;
  approvedAt: Date | string | null;
  requireSecondReviewer: boolean;
  /** Who last set the status (the latest STATUS_CHANGED event), or null if no one ever did. */
  lastReviewerId: string | null;
};

/** Why `approverId` cannot approve the claim now, or null when nothing stands in the way (the role is checked apart). */
export function approvalRefusal(facts: ApprovalFacts, approverId: string): AppError | null {
  if (facts.approvedAt) return new AppError("CONFLICT", "This claim is already approved.");
  if (facts.status === "UNREVIEWED") return new AppError("INVALID_INPUT", "Only a reviewed claim can be approved: give it a verdict first.");
  if (facts.requireSecondReviewer && facts.lastReviewerId === approverId) {
    return new AppError("FORBIDDEN", "This team requires a second reviewer: someone other than you must approve this claim.");
  }
  return null;
}
