/**
 * Turning the evidence about one candidate span into a confidence in 0..1.
 */

/**
 * Below this, a caller must treat a match as "needs review" and not move the claim silently.
 *
 * Chosen from the measurements in tests/unit/anchoring: over 12 seeded runs of the synthetic edit test
 * (1%, 5% and 20% edits; about 39,000 claims), no best candidate that would have put a claim on words not
 * its own scored above 0.45, and a perfect tie between two places scores 0.5 (see `discountAmbiguity`);
 * 0.7 keeps a clear margin above both while leaving about 99% of correctly found, lightly edited claims confident.
 */
export const CONFIDENCE_THRESHOLD = 0.7;

/**
 * A confident match may differ from its quote in at most this share of characters (after that the words have
 * changed, not just their spelling): quote similarity 1 - MAX_TEXT_CHANGE maps to the threshold.
 */
export const MAX_TEXT_CHANGE = 0.2;

/**
 * Caps a candidate's score by how much of the quote's text it still holds: 1 for the exact text, the
 * threshold at MAX_TEXT_CHANGE edits per character, falling linearly below it. However sure the place,
 * a reworded claim is shown for review rather than moved.
 */
export function textConfidence(quoteSimilarity: number): number {
  const floor = 1 - MAX_TEXT_CHANGE;
  return Math.max(0, CONFIDENCE_THRESHOLD + ((quoteSimilarity - floor) * (1 - CONFIDENCE_THRESHOLD)) / MAX_TEXT_CHANGE);
}

/** Evidence about one candidate: similarities in 0..1 (null: nothing to compare) and how much was compared. */
export type Evidence = {
  quote: number;
  prefix: number | null;
  suffix: number | null;
  location: number | null;
  /** UTF-16 units of quote, prefix and suffix that were compared. */
  lengths: { quote: number; prefix: number; suffix: number };
};

/**
 * Weights at full strength. The quote dominates; context decides between repeats; location (a position hint,
 * or where the diff says the text went) is weighted by the caller, since its reliability depends on the source.
 */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20 } as const;

/**
 * Text evidence is worth as much as the characters it compares, up to a context side's 32: "in the" found
 * again proves little, its 32 characters of context a lot, and a 5-character prefix at the start of the
 * text less than a full one.
 */
const FULL_STRENGTH = 32;
const strength = (length: number) => Math.min(1, length / FULL_STRENGTH);

export function combineEvidence(e: Evidence, locationWeight: number): number {
  const wq = WEIGHTS.quote * strength(e.lengths.quote);
  let total = wq * e.quote;
  let weight = wq;
  if (e.prefix !== null) {
    const w = WEIGHTS.prefix * strength(e.lengths.prefix);
    total += w * e.prefix;
    weight += w;
  }
  if (e.suffix !== null) {
    const w = WEIGHTS.suffix * strength(e.lengths.suffix);
    total += w * e.suffix;
    weight += w;
  }
  if (e.location !== null && locationWeight > 0) {
    total += locationWeight * e.location;
    weight += locationWeight;
  }
  return weight > 0 ? total / weight : 0;
}

/**
 * How far ahead of the runner-up the best candidate must be for its score to stand. Two candidates the
 * evidence cannot tell apart are a coin toss: the score is halved so the match goes to review.
 */
export const DECISIVE_MARGIN = 0.1;

export function discountAmbiguity(best: number, runnerUp: number | null): number {
  if (runnerUp === null) return best;
  const lead = best - runnerUp;
  if (lead >= DECISIVE_MARGIN) return best;
  return best * (0.5 + 0.5 * Math.max(0, lead) / DECISIVE_MARGIN);
}
