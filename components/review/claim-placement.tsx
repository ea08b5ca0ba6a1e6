"use client";
import type { UnplacedClaim } from "@/lib/articles/get-article-for-review";
import type { ClaimView } from "@/lib/claims/claim-view";

export type ClaimPlacementProps = {
  claim: ClaimView | UnplacedClaim;
  versionNumber: number;
  placed: boolean;
  moving: boolean;
  canWrite: boolean;
  busy: boolean;
  onChooseWords: () => void;
  onCancelMove: () => void;
  onAcceptSuggestion: () => void;
  onLeaveOrphaned: () => void;
};

/**
 * Where the open claim sits, and how to move it: any claim can be moved to other words at any time; a claim that
 * found no place on this version says so plainly and offers the decisions an editor can make.
 */
export function ClaimPlacement(props: ClaimPlacementProps) {
  const { claim } = props;
  const suggestion = "suggestion" in claim ? claim.suggestion : null;
  if (props.moving) {
    return (
      <div className="notice notice--action" role="status">
        <p>
          <strong>Select the words this claim should cover</strong> in the article, then press <em>Move claim here</em>.
        </p>
        <button type="button" className="button button--ghost button--small" onClick={props.onCancelMove}>
          Cancel move <kbd>Esc</kbd>
        </button>
      </div>
    );
  }
  if (props.placed) {
    return props.canWrite ? (
      <div className="row-end">
        <button type="button" className="button button--ghost button--small" onClick={props.onChooseWords} disabled={props.busy}>
          Move to other words <kbd>M</kbd>
        </button>
      </div>
    ) : null;
  }
  const waiting = claim.anchorState === "NEEDS_REVIEW";
  return (
    <div className="notice notice--warning" role="status">
      <p>
        {waiting
          ? `Version ${props.versionNumber} changed these words and Factdesk is not sure where the claim belongs now.`
          : `The words of this claim are no longer in version ${props.versionNumber}.`}{" "}
        Its verdict, note and sources are kept.
      </p>
      {suggestion && (
        <p>
          Best match in version {props.versionNumber}: <q className="suggestion-quote">{suggestion.quote}</q>
        </p>
      )}
      {props.canWrite && (
        <div className="button-row">
          {suggestion && (
            <button type="button" className="button button--primary button--small" onClick={props.onAcceptSuggestion} disabled={props.busy}>
              Accept this match
            </button>
          )}
          <button type="button" className="button button--small" onClick={props.onChooseWords} disabled={props.busy}>
            Choose the words <kbd>M</kbd>
          </button>
          {waiting && (
            <button type="button" className="button button--ghost button--small" onClick={props.onLeaveOrphaned} disabled={props.busy}>
              Leave orphaned
            </button>
          )}
        </div>
      )}
    </div>
  );
}
