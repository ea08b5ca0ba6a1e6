/**
 * Types of the anchoring module. Selectors follow the W3C Web Annotation model
 * (https://www.w3.org/TR/annotation-model/#selectors); offsets are UTF-16 code units, end exclusive.
 */

export type TextQuoteSelector = {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
};

export type TextPositionSelector = {
  type: "TextPositionSelector";
  start: number;
  end: number;
};

/** What `describe` returns: both selectors, with prefix and suffix always present. */
export type SpanDescription = {
  quote: TextQuoteSelector & { prefix: string; suffix: string };
  position: TextPositionSelector;
};

/** Either the W3C array form (`[quote, position]`, any order, either optional) or an object. */
export type Selectors =
  | ReadonlyArray<TextQuoteSelector | TextPositionSelector>
  | { quote?: TextQuoteSelector; position?: TextPositionSelector };

/** A span found in a text; score in 0..1, where 1 means the exact quote in its described context. */
export type AnchorMatch = { start: number; end: number; score: number };

export type ClaimAnchor = {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

export type ReanchorOutcome = "anchored" | "moved" | "needs_review" | "orphaned";

export type ReanchorResult = {
  id: string;
  outcome: ReanchorOutcome;
  /** Present for "anchored" and "moved": the span to apply. */
  start?: number;
  end?: number;
  score: number;
  /** Present for "needs_review": the best guess, shown to a reviewer but not applied. */
  candidate?: AnchorMatch;
};

export type DiffOp = "equal" | "insert" | "delete";

export type DiffPart = { op: DiffOp; text: string };
