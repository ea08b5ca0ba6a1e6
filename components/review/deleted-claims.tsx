"use client";
import type { ClaimView } from "@/lib/claims/claim-view";
import { StatusPill } from "./claim-list";

/** Claims deleted from this article, each with a way back. */
export function DeletedClaims(props: { claims: ClaimView[]; canRestore: boolean; onRestore: (id: string) => void }) {
  return (
    <section className="deleted-claims" aria-label="Deleted claims">
      <h3 className="detail-heading">Deleted claims</h3>
      {props.claims.length === 0 ? (
        <p className="muted small">Nothing deleted.</p>
      ) : (
        <ul className="source-list">
          {props.claims.map((claim) => (
            <li key={claim.id}>
              <StatusPill status={claim.status} /> “{claim.exact.length > 80 ? `${claim.exact.slice(0, 80)}…` : claim.exact}”
              {props.canRestore && (
                <button type="button" className="button button--small" onClick={() => props.onRestore(claim.id)}>
                  Restore
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
