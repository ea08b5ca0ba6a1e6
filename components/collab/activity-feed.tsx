"use client";
import { useEffect, useState } from "react";
import { listArticleActivityAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import type { ActivityEntry } from "@/lib/activity/list-article-activity";
import { formatWhen } from "./format";
import "./collab.css";

export type ActivityFeedProps = {
  articleId: string;
  limit?: number;
  /** Change it to reload, e.g. whenever a claim of the article changes. */
  refreshSignal?: number;
  /** Open a claim in the panel; without it, entries link to the claim's page address. */
  onOpenClaim?: (claimId: string) => void;
};

/** The latest events across an article's claims, newest first. */
export function ActivityFeed({ articleId, limit = 20, refreshSignal = 0, onOpenClaim }: ActivityFeedProps) {
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    listArticleActivityAction({ articleId, limit }).then(
      (result) => live && result.ok && setEntries(result.data),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [articleId, limit, refreshSignal]);

  return (
    <section className="collab-activity" aria-label="Recent activity">
      <h3 className="detail-heading">Recent activity</h3>
      {entries === null && <p className="muted small">Loading…</p>}
      {entries?.length === 0 && <p className="muted small">Nothing has happened here yet.</p>}
      <ol className="collab-activity__list">
        {entries?.map((entry) => (
          <li key={entry.id} className="small">
            <span>{entry.line}</span>{" "}
            {onOpenClaim && !entry.claim.deleted ? (
              <button type="button" className="link-button" onClick={() => onOpenClaim(entry.claim.id)}>
                “{entry.claim.excerpt}”
              </button>
            ) : entry.claim.deleted ? (
              <span className="muted">“{entry.claim.excerpt}” (deleted)</span>
            ) : (
              <a href={`/articles/${articleId}?claim=${entry.claim.id}`}>“{entry.claim.excerpt}”</a>
            )}{" "}
            <time className="muted" dateTime={entry.at} suppressHydrationWarning>
              {formatWhen(entry.at)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
