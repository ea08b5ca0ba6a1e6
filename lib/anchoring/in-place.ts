import { approxSearch, distinctMatches, type ApproxMatch } from "./approx-search";
import { exactCandidates, scoreSpan, type MatchOptions, type Scored } from "./match-quote";
import { editDistance } from "./similarity";
import type { ClaimAnchor } from "./types";

/**
 * The claim where the diff put it (see `mapSpan`). Exact copies of the quote right on that span (the diff
 * can align repeated words either way) are preferred; an edge `mapSpan` could not place is taken from the
 * approximate occurrence of the quote overlapping (or nearest to) the mapped span.
 *
 * The span is never widened onto neighbouring text to make it read closer to the quote: when an edge word
 * was deleted or replaced, whether the words now beside it belong to the claim is a guess, and a claim
 * drawn a word short is a smaller error than one drawn over its neighbour's words.
 */
export function inPlace(
  newText: string,
  claim: ClaimAnchor,
  mapped: { start: number; end: number; loose: { start: boolean; end: boolean } },
  base: MatchOptions,
): Scored[] {
  const { exact } = claim;
  const length = exact.length;
  const margin = 32 + Math.ceil(length / 4);
  const from = mapped.start - margin;
  const to = Math.max(mapped.end, mapped.start + length) + margin;
  // Only copies on the mapped span: a short quote ("in the") also occurs a few words away.
  const exactHere = exactCandidates(newText, claim, { ...base, from, to }).filter(
    (c) => c.end > mapped.start - 2 && c.start < mapped.end + 2,
  );
  if (exactHere.length > 0) return exactHere;

  let lo = mapped.start;
  let hi = mapped.end;
  if (mapped.loose.start || mapped.loose.end) {
    const near = nearest(distinctMatches(approxSearch(newText, exact, Math.ceil(length / 2), from, to), length), lo, hi);
    if (near && mapped.loose.start) lo = near.start;
    if (near && mapped.loose.end) hi = near.end;
  }
  // A claim inside one paragraph stays inside one: substituting across a block break is never the reading.
  if (!exact.includes("\n\n") && newText.slice(lo, hi).includes("\n\n")) {
    const keep = !mapped.loose.start ? mapped.start : !mapped.loose.end ? mapped.end - 1 : Math.min(Math.max(mapped.start, lo), hi - 1);
    [lo, hi] = paragraphPart(newText, lo, hi, keep);
  }
  if (hi <= lo) return [];
  const errors = editDistance(exact, newText.slice(lo, hi));
  const raw = scoreSpan(newText, claim, lo, hi, errors, base);
  return [{ start: lo, end: hi, raw, score: raw, exact: errors === 0 }];
}

/** The approximate occurrence overlapping [lo, hi), else the nearest one. */
function nearest(matches: ApproxMatch[], lo: number, hi: number): ApproxMatch | null {
  let best: ApproxMatch | null = null;
  let bestDistance = Infinity;
  for (const m of matches) {
    const distance = m.start >= hi ? m.start - hi : m.end <= lo ? lo - m.end : 0;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/** The part of [lo, hi) between blank-line block breaks that contains offset `keep`. */
function paragraphPart(text: string, lo: number, hi: number, keep: number): [number, number] {
  const before = text.lastIndexOf("\n\n", keep - 1);
  const after = text.indexOf("\n\n", keep);
  return [Math.max(lo, before >= 0 ? before + 2 : lo), Math.min(hi, after >= 0 ? after : hi)];
}
