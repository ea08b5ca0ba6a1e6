"use client";
import { useId } from "react";
import { approveClaimAction, reopenClaimAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import type { CollabClaimProps } from "./types";
import { formatWhen, personName } from "./format";
import { useCollabAction } from "./use-collab-action";
import { useReviewState } from "./use-review-state";
import "./collab.css";

export type ApprovalBarProps = Pick<CollabClaimProps, "claim" | "canApprove" | "onClaimChanged">;

/** The claim's sign-off: Approve (when allowed, else why not) or, once approved, who approved it and Reopen. */
export function ApprovalBar({ claim, canApprove, onClaimChanged }: ApprovalBarProps) {
  const whyId = useId();
  const { review, stale } = useReviewState(claim);
  const { busy, run } = useCollabAction(onClaimChanged);

  async function act(kind: "approve" | "reopen") {
    const input = { claimId: claim.id, revision: claim.revision };
    const saved =
      kind === "approve"
        ? await run(() => approveClaimAction(input), "Claim approved. It is locked until an editor reopens it.")
        : await run(() => reopenClaimAction(input), "Claim reopened: it can be changed again.");
    if (saved) onClaimChanged(saved);
  }

  if (!review) {
    return (
      <section className="collab-approval" aria-label="Approval">
        <p className="muted small">Loading approval…</p>
      </section>
    );
  }

  if (review.approvedAt) {
    return (
      <section className="collab-approval collab-approval--approved" aria-label="Approval">
        <p className="collab-approval__status">
          <span aria-hidden="true">✓ </span>
          Approved by {personName(review.approvedBy)} on{" "}
          <time dateTime={review.approvedAt} suppressHydrationWarning>
            {formatWhen(review.approvedAt)}
          </time>
          . Locked.
        </p>
        {canApprove ? (
          <button type="button" className="button button--small" disabled={busy || stale} onClick={() => void act("reopen")}>
            Reopen
          </button>
        ) : (
          <p className="muted small">An editor can reopen it.</p>
        )}
      </section>
    );
  }

  const why = !canApprove ? "Only editors and owners can approve claims." : review.approveBlocker;
  return (
    <section className="collab-approval" aria-label="Approval">
      <div className="collab-row">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={!!why || busy || stale}
          aria-describedby={why ? whyId : undefined}
          onClick={() => void act("approve")}
        >
          Approve
        </button>
        <span className="muted small">
          {review.lastReviewer ? `Verdict by ${personName(review.lastReviewer)}` : "No verdict yet"}
          {review.requireSecondReviewer && !why ? " · this team requires a second reviewer" : ""}
        </span>
      </div>
      {why && (
        <p id={whyId} className="muted small collab-explain">
          {why}
        </p>
      )}
    </section>
  );
}
