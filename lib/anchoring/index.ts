/**
 * Anchoring: describing a span of an article version's plain text as W3C selectors, and finding it again
 * in the same or a later version. Pure functions over strings; offsets are UTF-16 code units, end exclusive.
 */
export { describe, CONTEXT_LENGTH } from "./describe";
export { anchor, POSITION_ONLY_SCORE } from "./anchor";
export { reanchorClaims } from "./reanchor";
export { wordDiff } from "./word-diff";
export { CONFIDENCE_THRESHOLD } from "./score";
export { approxSearch, maxErrorsFor, type ApproxMatch } from "./approx-search";
export type {
  AnchorMatch,
  ClaimAnchor,
  DiffOp,
  DiffPart,
  ReanchorOutcome,
  ReanchorResult,
  Selectors,
  SpanDescription,
  TextPositionSelector,
  TextQuoteSelector,
} from "./types";
