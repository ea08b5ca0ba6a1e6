import type { ClaimView } from "@/lib/claims/claim-view";

export type Member = { id: string; name: string | null };

/**
 * What the review workspace hands every collaboration control in the open-claim panel. `onClaimChanged` receives the
 * claim as the server saved it (or as it is now, after a conflict); the parent merges it and passes it back down, and
 * the controls follow `claim.revision` to refresh what they show.
 */
export type CollabClaimProps = {
  claim: ClaimView;
  members: Member[];
  canWrite: boolean;
  canApprove: boolean;
  onClaimChanged: (claim: ClaimView) => void;
};
