import { approxSearch, distinctMatches, maxErrorsFor } from "./approx-search";
import { combineEvidence, discountAmbiguity, textConfidence } from "./score";
import { contextSimilarity } from "./similarity";
import { worstStretch } from "./stretch";
import type { AnchorMatch } from "./types";

export type QuoteQuery = { exact: string; prefix?: string; suffix?: string };

export type MatchOptions = {
  /** Where the quote is expected to start, if anything is known. */
  hint?: number;
  /** With `hint`, where it is expected to end: any candidate overlapping [hint, hintEnd) counts as in place. */
  hintEnd?: number;
  /** Weight of closeness to `hint` against the quote (50) and each context side (20). */
  locationWeight?: number;
  /** Distance from `hint` at which closeness counts for nothing. */
  locationScale?: number;
  /** Search only [from, to) of the text. */
  from?: number;
  to?: number;
  /** Rejects spans the caller knows cannot be right (reanchoring: text that belongs to another passage). */
  accept?: (start: number, end: number) => boolean;
  /** Edits a fuzzy match may have; by default `maxErrorsFor(quote length)`. */
  maxErrors?: number;
};

/** A fuzzy match is implausible when some stretch of the quote is mostly missing from it. */
export const MAX_STRETCH_ERRORS = 0.5;

/** A candidate with its score before the ambiguity discount. */
export type Scored = AnchorMatch & { raw: number; exact: boolean };

/**
 * A quote this long (twice a context side) that occurs exactly once is its own evidence: nothing else in the
 * text could be meant, even if the text around it changed. Shorter quotes ("the minister") are too easily
 * found again by chance after the real one was deleted, so they still need their context.
 */
export const SELF_EVIDENT_LENGTH = 64;
export const SELF_EVIDENT_SCORE = 0.9;

/** Raw (not yet ambiguity-discounted) score of the span [start, end) holding the quote with `errors` edits. */
export function scoreSpan(
  text: string,
  query: QuoteQuery,
  start: number,
  end: number,
  errors: number,
  options: MatchOptions,
): number {
  const { hint, hintEnd, locationWeight = 0, locationScale = text.length } = options;
  let location: number | null = null;
  if (hint !== undefined) {
    const distance =
      hintEnd === undefined ? Math.abs(start - hint) : start >= hintEnd ? start - hintEnd : end <= hint ? hint - end : 0;
    location = 1 - Math.min(1, distance / Math.max(1, locationScale));
  }
  const quote = 1 - Math.min(1, errors / query.exact.length);
  const place = combineEvidence(
    {
      quote,
      prefix: contextSimilarity(text, start, query.prefix, "prefix"),
      suffix: contextSimilarity(text, end, query.suffix, "suffix"),
      location,
      lengths: { quote: query.exact.length, prefix: query.prefix?.length ?? 0, suffix: query.suffix?.length ?? 0 },
    },
    locationWeight,
  );
  return errors === 0 ? place : Math.min(place, textConfidence(quote));
}

export function exactCandidates(text: string, query: QuoteQuery, options: MatchOptions): Scored[] {
  const { from = 0, to = text.length, accept } = options;
  const out: Scored[] = [];
  const { exact } = query;
  for (let at = text.indexOf(exact, from); at >= 0 && at + exact.length <= to; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    if (accept && !accept(at, end)) continue;
    const raw = scoreSpan(text, query, at, end, 0, options);
    out.push({ start: at, end, raw, score: raw, exact: true });
  }
  return out;
}

export function fuzzyCandidates(text: string, query: QuoteQuery, options: MatchOptions): Scored[] {
  const { from = 0, to = text.length, accept } = options;
  const { exact } = query;
  const maxErrors = options.maxErrors ?? maxErrorsFor(exact.length);
  if (maxErrors <= 0) return [];
  const out: Scored[] = [];
  for (const m of distinctMatches(approxSearch(text, exact, maxErrors, from, to), exact.length)) {
    if (m.errors === 0 || m.end <= m.start) continue;
    if (accept && !accept(m.start, m.end)) continue;
    if (worstStretch(exact, text.slice(m.start, m.end), m.errors) > MAX_STRETCH_ERRORS) continue;
    const raw = scoreSpan(text, query, m.start, m.end, m.errors, options);
    out.push({ start: m.start, end: m.end, raw, score: raw, exact: false });
  }
  return out;
}

/** Picks the best candidate and discounts its score when a separate candidate is nearly as good. */
export function pickBest(candidates: Scored[]): AnchorMatch | null {
  let best: Scored | null = null;
  for (const c of candidates) {
    if (!best || c.raw > best.raw) best = c;
  }
  if (!best) return null;
  let runnerUp: number | null = null;
  for (const c of candidates) {
    // Overlapping candidates are readings of the same place, not rivals.
    if (c.end <= best.start || c.start >= best.end) {
      if (runnerUp === null || c.raw > runnerUp) runnerUp = c.raw;
    }
  }
  if (runnerUp === null && best.exact && best.end - best.start >= SELF_EVIDENT_LENGTH) {
    return { start: best.start, end: best.end, score: Math.max(best.raw, SELF_EVIDENT_SCORE) };
  }
  return { start: best.start, end: best.end, score: discountAmbiguity(best.raw, runnerUp) };
}

/**
 * Finds the quote in the text: every exact occurrence, or when there is none, the closest approximate
 * occurrences; each is scored on quote, context and location. Null when nothing plausible exists.
 */
export function matchQuote(text: string, query: QuoteQuery, options: MatchOptions = {}): AnchorMatch | null {
  if (query.exact.length === 0) return null;
  const exact = exactCandidates(text, query, options);
  return pickBest(exact.length > 0 ? exact : fuzzyCandidates(text, query, options));
}
