"use client";
import { ApprovalBar } from "@/components/collab/approval-bar";
import { AssignControl } from "@/components/collab/assign-control";
import { ClaimHistory } from "@/components/collab/claim-history";
import { CommentThread } from "@/components/collab/comment-thread";
import { SummaryField } from "@/components/collab/summary-field";
import type { CollabClaimProps } from "@/components/collab/types";
import { SimilarClaims } from "@/components/library/similar-claims";

/**
 * The team side of an open claim, below its verdict, note and sources: sign-off, who has it, the one-line summary
 * for ClaimReview, earlier claims like it (the claim library), the discussion and the full history. `signal` changes when a teammate touched this claim.
 */
export function OpenClaimCollab(props: CollabClaimProps & { signal: number; onCommented: () => void }) {
  const { signal, onCommented, ...collab } = props;
  // While approved, only approval itself (reopen) and discussion stay open.
  const writable = { ...collab, canWrite: collab.canWrite && !collab.claim.approvedAt };
  return (
    <>
      <ApprovalBar {...collab} />
      <AssignControl {...writable} />
      <SummaryField {...writable} />
      <SimilarClaims claimId={collab.claim.id} revision={collab.claim.revision} canWrite={writable.canWrite} onCopied={collab.onClaimChanged} />
      <CommentThread {...collab} refreshSignal={signal} onCommented={onCommented} />
      <ClaimHistory {...writable} refreshSignal={signal} />
    </>
  );
}
