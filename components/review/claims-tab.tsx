"use client";
import { useState } from "react";
import { ActivityFeed } from "@/components/collab/activity-feed";
import { AssignUnreviewedButton } from "@/components/collab/assign-unreviewed-button";
import type { ClaimView } from "@/lib/claims/claim-view";
import { ClaimFilters, type Filters } from "./claim-filters";
import { ClaimList } from "./claim-list";
import type { ClaimsState } from "./claims-state";
import { DeletedClaims } from "./deleted-claims";
import { UnplacedClaims } from "./unplaced-claims";

export type ClaimsTabProps = {
  articleId: string;
  state: ClaimsState;
  /** The live claims the filters let through, in document order. */
  visible: ClaimView[];
  filters: Filters;
  onFilters(filters: Filters): void;
  members: { id: string; name: string | null }[];
  activeId: string | null;
  listReturn: { key: string; nonce: number } | null;
  canWrite: boolean;
  canDelete: boolean;
  collabSignal: number;
  onOpen(id: string): void;
  onRestore(id: string): void;
  onClaimsChanged(claims: ClaimView[]): void;
  onHelp(): void;
};

/** The Claims tab of the review panel when no claim is open: claims needing a place, filters, the list, and the rest. */
export function ClaimsTab(props: ClaimsTabProps) {
  const [showDeleted, setShowDeleted] = useState(false);
  // The feed loads when opened: closing a claim (Esc) redraws this tab, and a closed feed should cost no request.
  const [activityOpen, setActivityOpen] = useState(false);
  const { state } = props;
  return (
    <>
      <UnplacedClaims claims={state.unplaced} onOpen={props.onOpen} />
      <ClaimFilters claims={state.live} filters={props.filters} members={props.members} onChange={props.onFilters} />
      <ClaimList claims={props.visible} activeId={props.activeId} onOpen={props.onOpen} reveal={props.listReturn} />
      <div className="panel-foot">
        <button type="button" className="button button--ghost button--small" onClick={() => setShowDeleted((v) => !v)} aria-expanded={showDeleted}>
          Deleted claims ({state.deleted.length})
        </button>
        <button type="button" className="button button--ghost button--small" onClick={props.onHelp}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </div>
      {props.canWrite && (
        <AssignUnreviewedButton articleId={props.articleId} members={props.members} canWrite={props.canWrite} onClaimsChanged={props.onClaimsChanged} />
      )}
      <details className="activity" onToggle={(event) => setActivityOpen(event.currentTarget.open)}>
        <summary>Recent activity</summary>
        {activityOpen && <ActivityFeed articleId={props.articleId} refreshSignal={props.collabSignal} onOpenClaim={props.onOpen} />}
      </details>
      {showDeleted && <DeletedClaims claims={state.deleted} canRestore={props.canDelete} onRestore={props.onRestore} />}
    </>
  );
}
