"use client";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { STATUS_META } from "./status-meta";
import { VirtualList } from "./virtual-list";

const excerpt = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

const keyOf = (claim: ClaimView) => claim.id;

// A first guess at a row's height before it is measured: the quote wraps at about 44 characters in the 400 px
// panel, the meta line at about 60. Only rows never shown use it, so it need not be exact.
const estimateHeight = (claim: ClaimView) => {
  const quoteLines = Math.ceil((Math.min(claim.exact.length, 91) + 2) / 44);
  const metaLines = claim.noteText ? 2 : 1;
  return 54 + 24 * quoteLines + 19 * metaLines;
};

/**
 * Claims in document order; each row opens its claim. Windowed: only the rows near the screen are in the DOM.
 * `reveal` brings a row into view and focuses it (the claim just closed, so the keyboard user is back where they were).
 */
export function ClaimList(props: { claims: ClaimView[]; activeId: string | null; onOpen: (id: string) => void; reveal?: { key: string; nonce: number } | null }) {
  if (props.claims.length === 0) return <p className="muted panel-empty">No claims match. Select text in the article to mark a claim.</p>;
  return (
    <VirtualList
      className="claim-list"
      label="Claims"
      items={props.claims}
      keyOf={keyOf}
      estimateHeight={estimateHeight}
      reveal={props.reveal}
      renderItem={(claim) => (
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
      )}
    />
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
