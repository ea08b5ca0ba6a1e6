import type { ClaimView } from "@/lib/claims/claim-view";
import { StatusPill } from "./claim-list";

/**
 * Claims a new version could not place with confidence. They are never dropped: each keeps its quote, verdict,
 * note and sources, and is listed here until someone places it again.
 */
export function NeedsAttention({ claims }: { claims: ClaimView[] }) {
  if (claims.length === 0) return null;
  const review = claims.filter((claim) => claim.anchorState === "NEEDS_REVIEW").length;
  const orphaned = claims.length - review;
  return (
    <section className="needs-attention" aria-label="Claims to place again">
      <details>
        <summary>
          {claims.length === 1 ? "1 claim" : `${claims.length} claims`} did not land on this version
          {review > 0 && ` · ${review} doubtful match${review === 1 ? "" : "es"} to review`}
          {orphaned > 0 && ` · ${orphaned} whose words are gone`}
        </summary>
        <p className="hint">Their verdicts, notes and sources are kept. They stay on the version where they were last found.</p>
        <ul className="source-list">
          {claims.map((claim) => (
            <li key={claim.id}>
              <StatusPill status={claim.status} />
              <span className="tag">{claim.anchorState === "NEEDS_REVIEW" ? "Needs review" : "Orphaned"}</span>“{claim.exact}”
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
