"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import { leaveClaimOrphanedAction, reattachClaimAction } from "@/app/(app)/articles/[articleId]/actions";
import { ArticleViewer } from "@/components/editor/article-viewer";
import { StatusPill } from "@/components/review/claim-list";
import { useToast } from "@/components/ui/toast";
import type { VersionReview, PlacementReview } from "@/lib/articles/get-version-review";
import { OUTCOMES } from "./outcome-meta";
import { WordDiff } from "./word-diff";

export type RevisionReviewProps = { review: VersionReview; canWrite: boolean };

const ignoreSelection = () => {};

/**
 * One version with its claims as they landed: the text with its highlights beside the claims grouped by outcome.
 * On the newest version an editor settles doubtful claims here; older versions are shown as they were.
 */
export function RevisionReview({ review, canWrite }: RevisionReviewProps) {
  const toast = useToast();
  const [items, setItems] = useState(review.placements);
  const [busy, setBusy] = useState<string | null>(null);
  const [flash, setFlash] = useState<{ id: string; nonce: number } | undefined>();
  const latest = review.version.number === review.latestNumber;
  const highlights = useMemo(
    () => items.filter((item) => item.now).map((item) => ({ id: item.claim.id, start: item.now!.start, end: item.now!.end, status: item.claim.status })),
    [items],
  );

  async function settle(item: PlacementReview, how: "accept" | "orphan") {
    setBusy(item.claim.id);
    try {
      const result =
        how === "accept" && item.suggestion
          ? await reattachClaimAction({ claimId: item.claim.id, revision: item.claim.revision, start: item.suggestion.start, end: item.suggestion.end, reason: "accepted-suggestion" })
          : await leaveClaimOrphanedAction({ claimId: item.claim.id, revision: item.claim.revision });
      if (!result.ok) {
        toast.show(result.message, { kind: "error" });
        return;
      }
      setItems((all) =>
        all.map((other) =>
          other.claim.id !== item.claim.id
            ? other
            : how === "accept"
              ? { ...other, claim: result.data, state: "ANCHORED", now: other.suggestion, suggestion: null }
              : { ...other, claim: result.data, state: "ORPHANED", suggestion: null },
        ),
      );
      toast.show(how === "accept" ? "Claim moved to the suggested words." : "Left orphaned. The claim keeps its verdict, note and sources.");
    } catch {
      toast.show("Factdesk could not reach the server; nothing was changed. Try again.", { kind: "error" });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="review-layout">
      <div className="review-article" data-article-viewer>
        <ArticleViewer doc={review.version.doc} claims={highlights} activeClaimId={null} flashRequest={flash} onClaimClick={() => {}} onSelectText={ignoreSelection} />
      </div>
      <aside className="review-panel" aria-label="Claims on this version">
        {!latest && <p className="notice">This is an earlier version. Claims are shown where they were; they can be moved only on the newest version.</p>}
        {OUTCOMES.map(({ state, label, description }) => {
          const group = items.filter((item) => item.state === state);
          if (group.length === 0) return null;
          return (
            <section key={state} className="outcome-group" aria-labelledby={`outcome-${state}`}>
              <h2 id={`outcome-${state}`} className="detail-heading">
                {label} ({group.length})
              </h2>
              <p className="muted small">{description}</p>
              <ol className="outcome-list">
                {group.map((item) => (
                  <li key={item.claim.id} className="outcome-item">
                    <div className="outcome-item__head">
                      <StatusPill status={item.claim.status} />
                      {item.now ? (
                        <button type="button" className="link-button" onClick={() => setFlash({ id: item.claim.id, nonce: Date.now() })}>
                          “{item.claim.exact}”
                        </button>
                      ) : (
                        <span>“{item.claim.exact}”</span>
                      )}
                    </div>
                    {item.diff && <WordDiff parts={item.diff} label={`Changes around the claim since version ${item.was?.versionNumber}`} />}
                    {latest && canWrite && item.state === "NEEDS_REVIEW" && (
                      <div className="button-row">
                        {item.suggestion && (
                          <button type="button" className="button button--primary button--small" disabled={busy !== null} onClick={() => void settle(item, "accept")}>
                            Accept “{item.suggestion.quote.length > 40 ? `${item.suggestion.quote.slice(0, 40)}…` : item.suggestion.quote}”
                          </button>
                        )}
                        <Link className="button button--small" href={`/articles/${review.articleId}?claim=${item.claim.id}&move=1`}>
                          Choose the words
                        </Link>
                        <button type="button" className="button button--ghost button--small" disabled={busy !== null} onClick={() => void settle(item, "orphan")}>
                          Leave orphaned
                        </button>
                      </div>
                    )}
                    {latest && canWrite && item.state === "ORPHANED" && (
                      <Link className="button button--small" href={`/articles/${review.articleId}?claim=${item.claim.id}&move=1`}>
                        Place it on new words
                      </Link>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
        {items.length === 0 && <p className="muted panel-empty">No claims were on this version.</p>}
      </aside>
    </div>
  );
}
