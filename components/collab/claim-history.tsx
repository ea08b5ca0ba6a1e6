"use client";
import { useParams } from "next/navigation";
import { useEffect, useState } from "react";
import { restoreNoteAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import type { HistoryEntry } from "@/lib/claims/claim-history";
import { CommentBody } from "./comment-body";
import { claimReadUrl, fetchJson } from "./fetch-json";
import { formatWhen } from "./format";
import type { CollabClaimProps } from "./types";
import { useCollabAction } from "./use-collab-action";
import { useReviewState } from "./use-review-state";
import { WordDiffView } from "./word-diff-view";
import "./collab.css";

export type ClaimHistoryProps = Pick<CollabClaimProps, "claim" | "canWrite" | "onClaimChanged"> & {
  /** Change it to reload, e.g. after a comment was added elsewhere on the page. */
  refreshSignal?: number;
};

/** Everything that happened to the claim, newest first, as sentences; note edits show their word diff and can be restored. */
export function ClaimHistory({ claim, canWrite, onClaimChanged, refreshSignal = 0 }: ClaimHistoryProps) {
  // Source changes leave the revision alone, so the sources are part of what says "the claim changed".
  const key = `${claim.id}:${claim.revision}:${claim.deletedAt}:${claim.sources.map((s) => s.id).join(",")}:${refreshSignal}`;
  const [loaded, setLoaded] = useState<{ key: string; entries: HistoryEntry[] } | { key: string; error: string } | null>(null);
  const { articleId } = useParams<{ articleId: string }>();
  const { review } = useReviewState(claim);
  const { busy, run } = useCollabAction(onClaimChanged);
  const locked = !!review?.approvedAt;

  useEffect(() => {
    // Opening the next claim drops this request rather than letting it hold one of the browser's connections.
    const request = new AbortController();
    void fetchJson<HistoryEntry[]>(claimReadUrl(articleId, claim.id, "history"), request.signal).then((result) => {
      if (!request.signal.aborted) setLoaded(result.ok ? { key, entries: result.data } : { key, error: result.message });
    });
    return () => request.abort();
  }, [articleId, claim.id, key]);

  const current = loaded && loaded.key.startsWith(`${claim.id}:`) ? loaded : null;
  const entries = current && "entries" in current ? [...current.entries].reverse() : [];

  async function restore(entry: HistoryEntry) {
    const view = await run(() => restoreNoteAction({ claimId: claim.id, revision: claim.revision, eventId: entry.id }), "Earlier note restored.");
    if (view) onClaimChanged(view);
  }

  return (
    <section className="collab-history" aria-label="History">
      <h3 className="detail-heading">History</h3>
      {!current && <p className="muted small">Loading the history…</p>}
      {current && "error" in current && (
        <p className="collab-error small" role="alert">
          {current.error}
        </p>
      )}
      <ol className="collab-history__list" reversed>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.kind === "COMMENT" ? "collab-history__item collab-history__item--comment" : "collab-history__item"}>
            <p className="collab-history__line small">
              <span>{entry.line}</span>{" "}
              <time className="muted" dateTime={entry.at} suppressHydrationWarning>
                {formatWhen(entry.at)}
              </time>
            </p>
            {entry.body !== undefined && <CommentBody body={entry.body} />}
            {entry.diff && entry.diff.length > 0 && <WordDiffView parts={entry.diff} label={`Changes to the note, ${formatWhen(entry.at)}`} />}
            {entry.restorable && canWrite && !locked && (
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                aria-label={`Restore this note (saved ${formatWhen(entry.at)})`}
                onClick={() => void restore(entry)}
              >
                Restore this note
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
