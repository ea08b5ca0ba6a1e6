import { matchQuote } from "./match-quote";
import { readSelectors, validPosition } from "./selectors";
import { contextSimilarity } from "./similarity";
import type { AnchorMatch, Selectors } from "./types";

/**
 * Score of a span known only by its offsets: nothing confirms the text there is the text that was marked,
 * so it is kept below the confidence threshold and goes to review.
 */
export const POSITION_ONLY_SCORE = 0.5;

/**
 * A stored position says little once text around it has changed (or when it comes from another rendering
 * of the page), so it only breaks near-ties: 2 against 50 for the quote, as in Hypothesis.
 */
const HINT_WEIGHT = 2;

/** Re-finds a described span in `text`: by position if the quote is still there, else by quote (exact, then fuzzy). */
export function anchor(text: string, selectors: Selectors): AnchorMatch | null {
  const { quote, position } = readSelectors(selectors);
  const hasPosition = validPosition(text, position);
  if (!quote || quote.exact.length === 0) {
    return hasPosition ? { start: position.start, end: position.end, score: POSITION_ONLY_SCORE } : null;
  }
  if (hasPosition && text.slice(position.start, position.end) === quote.exact) {
    const prefix = contextSimilarity(text, position.start, quote.prefix, "prefix");
    const suffix = contextSimilarity(text, position.end, quote.suffix, "suffix");
    if ((prefix ?? 1) === 1 && (suffix ?? 1) === 1) return { start: position.start, end: position.end, score: 1 };
  }
  const hint = position && Number.isFinite(position.start) ? position.start : undefined;
  return matchQuote(text, quote, {
    hint,
    locationWeight: hint === undefined ? 0 : HINT_WEIGHT,
    locationScale: text.length,
  });
}
