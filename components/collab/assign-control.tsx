"use client";
import { useId } from "react";
import { assignClaimAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import type { CollabClaimProps } from "./types";
import { personName } from "./format";
import { useCollabAction } from "./use-collab-action";
import { useReviewState } from "./use-review-state";
import "./collab.css";

export type AssignControlProps = Pick<CollabClaimProps, "claim" | "members" | "canWrite" | "onClaimChanged">;

/** Who checks this claim: a select of the team's members, and "Assign to me". */
export function AssignControl({ claim, members, canWrite, onClaimChanged }: AssignControlProps) {
  const selectId = useId();
  const noteId = useId();
  const { review, stale } = useReviewState(claim);
  const { busy, run } = useCollabAction(onClaimChanged);
  const locked = !!review?.approvedAt;
  const viewerId = review?.viewerId ?? null;
  const current = claim.assignee?.id ?? "";
  // A former member can still be the assignee; keep them selectable so the select shows the truth.
  const options = claim.assignee && !members.some((m) => m.id === claim.assignee?.id) ? [...members, claim.assignee] : members;
  const disabled = !canWrite || busy || locked;

  async function assign(assigneeId: string | null) {
    const name = assigneeId === viewerId ? "you" : personName(options.find((m) => m.id === assigneeId));
    const saved = await run(
      () => assignClaimAction({ claimId: claim.id, revision: claim.revision, assigneeId }),
      assigneeId ? `Assigned to ${name}.` : "Claim unassigned.",
    );
    if (saved) onClaimChanged(saved);
  }

  const explanation = !canWrite ? "Only reviewers, editors and owners can assign claims." : locked ? "Approved claims are locked. An editor can reopen it." : null;
  return (
    <div className="collab-assign">
      <label htmlFor={selectId} className="collab-label">
        Assignee
      </label>
      <div className="collab-row">
        <select
          id={selectId}
          className="collab-select"
          value={current}
          disabled={disabled}
          aria-describedby={explanation ? noteId : undefined}
          onChange={(event) => void assign(event.target.value || null)}
        >
          <option value="">Nobody</option>
          {options.map((member) => (
            <option key={member.id} value={member.id}>
              {member.id === viewerId ? `${personName(member, "Unnamed member")} (you)` : personName(member, "Unnamed member")}
            </option>
          ))}
        </select>
        {canWrite && viewerId && current !== viewerId && (
          <button type="button" className="button button--small" disabled={disabled || stale} onClick={() => void assign(viewerId)}>
            Assign to me
          </button>
        )}
      </div>
      {explanation && (
        <p id={noteId} className="muted small collab-explain">
          {explanation}
        </p>
      )}
    </div>
  );
}
