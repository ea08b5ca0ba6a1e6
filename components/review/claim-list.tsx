"use client";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { STATUS_META } from "./status-meta";

const excerpt = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

/** Claims in document order; each row opens its claim. */
export function ClaimList(props: { claims: ClaimView[]; activeId: string | null; onOpen: (id: string) => void }) {
  if (props.claims.length === 0) return <p className="muted panel-empty">No claims match. Select text in the article to mark a claim.</p>;
  return (
    <ol className="claim-list" aria-label="Claims">
      {props.claims.map((claim) => (
        <li key={claim.id}>
          <button
            type="button"
            className={`claim-row${claim.id === props.activeId ? " claim-row--active" : ""}`}
            aria-current={claim.id === props.activeId ? "true" : undefined}
            onClick={() => props.onOpen(claim.id)}
          >
            <StatusPill status={claim.status} />
            <span className="claim-row__quote">“{excerpt(claim.exact)}”</span>
            <span className="claim-row__meta">
              {claim.noteText && <span className="claim-row__note">{excerpt(claim.noteText, 70)}</span>}
              <span>{claim.sources.length === 1 ? "1 source" : `${claim.sources.length} sources`}</span>
              {claim.assignee && <span>→ {claim.assignee.name}</span>}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}

export function StatusPill({ status }: { status: ClaimStatus }) {
  const meta = STATUS_META[status];
  return (
    <span className={`status-pill status-pill--${status.toLowerCase()}`}>
      <span aria-hidden="true">{meta.symbol}</span> {meta.label}
    </span>
  );
}
