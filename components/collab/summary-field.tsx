"use client";
import { useId, useState, type FormEvent } from "react";
import { setClaimSummaryAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import { CLAIM_SUMMARY_MAX, normalizeSummary, summaryLength } from "@/lib/activity/summary-rules";
import type { CollabClaimProps } from "./types";
import { useCollabAction } from "./use-collab-action";
import { useReviewState } from "./use-review-state";
import "./collab.css";

export type SummaryFieldProps = Pick<CollabClaimProps, "claim" | "canWrite" | "onClaimChanged">;

/** The one-line summary exported as ClaimReview's claimReviewed, with a live count against its 75 characters. */
export function SummaryField({ claim, canWrite, onClaimChanged }: SummaryFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const countId = useId();
  const { review, stale } = useReviewState(claim);
  const { busy, run } = useCollabAction(onClaimChanged);
  // Typing wins over the stored summary until it is saved or abandoned; a draft belongs to one claim only.
  const [draft, setDraft] = useState<{ claimId: string; text: string } | null>(null);
  const saved = review?.summary ?? "";
  const text = draft?.claimId === claim.id ? draft.text : saved;
  const normalized = normalizeSummary(text);
  const length = normalized ? summaryLength(normalized) : 0;
  const over = length > CLAIM_SUMMARY_MAX;
  const dirty = (normalized ?? "") !== saved;
  const locked = !!review?.approvedAt;
  const editable = canWrite && !locked && !!review;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!dirty || over || !editable) return;
    const view = await run(() => setClaimSummaryAction({ claimId: claim.id, revision: claim.revision, summary: text }), normalized ? "Summary saved." : "Summary cleared.");
    if (view) {
      setDraft(null);
      onClaimChanged(view);
    }
  }

  return (
    <form className="collab-summary" onSubmit={save}>
      <label htmlFor={inputId} className="collab-label">
        Summary of the claim
      </label>
      <div className="collab-row">
        <input
          id={inputId}
          className="collab-input"
          type="text"
          value={text}
          readOnly={!editable}
          placeholder={review ? "Derived from the quote when empty" : "Loading…"}
          aria-invalid={over || undefined}
          aria-describedby={`${hintId} ${countId}`}
          onChange={(event) => setDraft({ claimId: claim.id, text: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === "Escape" && draft) {
              event.stopPropagation();
              setDraft(null);
            }
          }}
        />
        {editable && (
          <button type="submit" className="button button--small" disabled={!dirty || over || busy || stale}>
            Save summary
          </button>
        )}
      </div>
      <div className="collab-row collab-row--between">
        <span id={hintId} className="muted small">
          {locked ? "Approved claims are locked. An editor can reopen it." : "One line for the ClaimReview export. Escape undoes your typing."}
        </span>
        <span id={countId} className={over ? "collab-count collab-count--over" : "collab-count"}>
          <span className="visually-hidden">Characters used: </span>
          {length}/{CLAIM_SUMMARY_MAX}
        </span>
      </div>
      {over && (
        <p className="collab-error small" role="alert">
          Keep the summary to {CLAIM_SUMMARY_MAX} characters: remove {length - CLAIM_SUMMARY_MAX}.
        </p>
      )}
    </form>
  );
}
