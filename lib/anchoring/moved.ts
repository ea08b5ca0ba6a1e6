import { approxSearch, distinctMatches } from "./approx-search";
import { mapSpan } from "./map-span";
import { scoreSpan, type MatchOptions, type Scored } from "./match-quote";
import { PositionMap } from "./position-map";
import { editDistance } from "./similarity";
import { diffTexts } from "./text-diff";
import type { ClaimAnchor } from "./types";

/**
 * Approximate copies of a claim in the text the new version inserted (where a moved paragraph lands, edited
 * on the way), each re-aligned word by word with the claim's old surroundings.
 */
export function movedCopies(
  oldText: string,
  newText: string,
  claim: ClaimAnchor,
  inserted: Array<[number, number]>,
  options: MatchOptions,
): Scored[] {
  const { start, end, exact } = claim;
  const length = exact.length;
  const slack = Math.ceil(length / 4);
  const out: Scored[] = [];
  for (const [lo, hi] of inserted) {
    if (hi - lo < length / 2) continue;
    const matches = distinctMatches(approxSearch(newText, exact, Math.ceil(0.3 * length), lo - slack, hi + slack), length);
    for (const m of matches) {
      const span = realign(oldText, newText, start, end, m);
      if (!span || (options.accept && !options.accept(span.start, span.end))) continue;
      const errors = editDistance(exact, newText.slice(span.start, span.end));
      const raw = scoreSpan(newText, claim, span.start, span.end, errors, options);
      out.push({ ...span, raw, score: raw, exact: errors === 0 });
    }
  }
  return out;
}

/** Text compared on each side when re-diffing a claim's old surroundings with a candidate's. */
const REACH = 48;

/**
 * Re-diffs the claim's old neighbourhood against a candidate's new one, to place text the global diff could
 * only call "deleted here, inserted there" (a moved paragraph, edited on the way). Approximate search alone
 * drops words inserted at a claim's edge (leaving them out is cheaper than keeping them); a word diff keeps
 * them where they belong. Returns the claim's span in the new text, or null when too little of it is there.
 */
export function realign(
  oldText: string,
  newText: string,
  start: number,
  end: number,
  candidate: { start: number; end: number },
): { start: number; end: number } | null {
  const oldLo = Math.max(0, start - REACH);
  const newLo = Math.max(0, candidate.start - REACH);
  const oldSide = oldText.slice(oldLo, Math.min(oldText.length, end + REACH));
  const newSide = newText.slice(newLo, Math.min(newText.length, candidate.end + REACH));
  const local = new PositionMap(diffTexts(oldSide, newSide));
  const from = start - oldLo;
  const to = end - oldLo;
  if (local.survivingLength(from, to) < (to - from) / 2) return null;
  const mapped = mapSpan(local, oldSide, newSide, from, to);
  const s = mapped.loose.start ? candidate.start : mapped.start + newLo;
  const e = mapped.loose.end ? candidate.end : mapped.end + newLo;
  return e > s ? { start: s, end: e } : null;
}
