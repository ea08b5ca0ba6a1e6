import type { ClaimView } from "@/lib/claims/claim-view";

/** Claims of the page, kept in document order; every server answer replaces the claim it returns. */
export type ClaimsState = { live: ClaimView[]; deleted: ClaimView[] };

const byPosition = (a: ClaimView, b: ClaimView) => a.start - b.start || b.end - a.end;

export function upsertClaim(state: ClaimsState, claim: ClaimView): ClaimsState {
  const live = state.live.filter((c) => c.id !== claim.id);
  const deleted = state.deleted.filter((c) => c.id !== claim.id);
  if (claim.deletedAt) return { live, deleted: [claim, ...deleted] };
  return { live: [...live, claim].sort(byPosition), deleted };
}
