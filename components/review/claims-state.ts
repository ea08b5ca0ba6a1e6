import type { UnplacedClaim } from "@/lib/articles/get-article-for-review";
import type { ClaimView } from "@/lib/claims/claim-view";

/**
 * Claims of the page, kept in document order; every server answer replaces the claim it returns. A claim sits in
 * exactly one list: on the current version (live), without a place on it (unplaced), or deleted.
 */
export type ClaimsState = { versionId: string; live: ClaimView[]; unplaced: UnplacedClaim[]; deleted: ClaimView[] };

const byPosition = (a: ClaimView, b: ClaimView) => a.start - b.start || b.end - a.end;

export function upsertClaim(state: ClaimsState, claim: ClaimView): ClaimsState {
  // The review loop's usual answer, a claim that stays on the same words of this version, is swapped in place:
  // no re-sort of thousands of claims for a status change.
  if (!claim.deletedAt && claim.versionId === state.versionId) {
    const index = state.live.findIndex((c) => c.id === claim.id);
    if (index !== -1 && state.live[index].start === claim.start && state.live[index].end === claim.end) {
      const live = state.live.slice();
      live[index] = claim;
      return { ...state, live };
    }
  }
  const live = state.live.filter((c) => c.id !== claim.id);
  const deleted = state.deleted.filter((c) => c.id !== claim.id);
  const previous = state.unplaced.find((c) => c.id === claim.id);
  const unplaced = state.unplaced.filter((c) => c.id !== claim.id);
  if (claim.deletedAt) return { ...state, live, unplaced, deleted: [claim, ...deleted] };
  if (claim.versionId !== state.versionId) {
    // Still without a place: keep the suggestion only while the claim is still waiting for a decision.
    const suggestion = claim.anchorState === "NEEDS_REVIEW" ? (previous?.suggestion ?? null) : null;
    return { ...state, live, deleted, unplaced: [...unplaced, { ...claim, suggestion }] };
  }
  return { ...state, live: [...live, claim].sort(byPosition), unplaced, deleted };
}

export function findClaim(state: ClaimsState, id: string | null): ClaimView | UnplacedClaim | null {
  if (!id) return null;
  return state.live.find((c) => c.id === id) ?? state.unplaced.find((c) => c.id === id) ?? null;
}
