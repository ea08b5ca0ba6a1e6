"use client";
import type { Dispatch, SetStateAction } from "react";
import { useLiveArticle, type LiveClaimChange, type LiveVersionNotice } from "@/components/live/use-live-article";
import { upsertClaim, type ClaimsState } from "./claims-state";

/** Folds a teammate's change into the page's claims; an older copy never replaces a newer one. */
export function mergeLiveChange(state: ClaimsState, change: LiveClaimChange): ClaimsState {
  if ("deleted" in change) {
    const keep = <T extends { id: string }>(list: T[]) => list.filter((claim) => claim.id !== change.id);
    return { ...state, live: keep(state.live), unplaced: keep(state.unplaced), deleted: keep(state.deleted) };
  }
  const current = [...state.live, ...state.unplaced, ...state.deleted].find((claim) => claim.id === change.id);
  // Strictly older only: sources and comments change without a new revision, so an equal one may still be news.
  if (current && current.revision > change.revision) return state;
  return upsertClaim(state, change);
}

/**
 * Live claims and presence for the review page; `onTouched` hears which claim a teammate changed, `onVersion` the
 * article's newest version.
 */
export function useLiveClaims(options: {
  articleId: string;
  openClaimId: string | null;
  setState: Dispatch<SetStateAction<ClaimsState>>;
  onTouched: (claimId: string) => void;
  onVersion: (version: LiveVersionNotice) => void;
}) {
  return useLiveArticle({
    articleId: options.articleId,
    openClaimId: options.openClaimId,
    onClaimChanged: (change) => {
      options.setState((state) => mergeLiveChange(state, change));
      options.onTouched(change.id);
    },
    onVersion: options.onVersion,
  });
}
