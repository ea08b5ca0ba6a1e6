"use client";
import type { UnplacedClaim } from "@/lib/articles/get-article-for-review";
import { StatusPill } from "./claim-list";

/**
 * Claims a new version could not place with confidence. They are never dropped: each keeps its quote, verdict,
 * note and sources, and is listed here until someone places it again.
 */
export function UnplacedClaims(props: { claims: UnplacedClaim[]; onOpen: (id: string) => void }) {
  const { claims } = props;
  if (claims.length === 0) return null;
  const review = claims.filter((claim) => claim.anchorState === "NEEDS_REVIEW").length;
  const orphaned = claims.length - review;
  return (
    <section className="needs-attention" aria-label="Claims to place again">
      <details open={review > 0}>
        <summary>
          {claims.length === 1 ? "1 claim" : `${claims.length} claims`} not placed on this version
          {review > 0 && ` · ${review} to review`}
          {orphaned > 0 && ` · ${orphaned} orphaned`}
        </summary>
        <p className="hint">Open one to accept the suggested words, choose new words, or leave it orphaned.</p>
        <ul className="unplaced-list">
          {claims.map((claim) => (
            <li key={claim.id}>
              <button type="button" className="claim-row" onClick={() => props.onOpen(claim.id)}>
                <StatusPill status={claim.status} />
                <span className="tag">{claim.anchorState === "NEEDS_REVIEW" ? "Needs review" : "Orphaned"}</span>
                <span className="claim-row__quote">“{claim.exact}”</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
