import type { PositionMap } from "./position-map";
import { editDistance } from "./similarity";

/** Largest change (old length × new length) aligned character by character to place an edge inside it. */
const MAX_ALIGN_CELLS = 250_000;

/** Share of edits above which the claim's part of a change counts as replaced rather than respelt. */
const MAX_EDGE_CHANGE = 0.5;

const WORD = /[\p{L}\p{M}\p{N}_]/u;
const isWord = (text: string, i: number) => i >= 0 && i < text.length && WORD.test(text[i]);

/**
 * Carries old [start, end) into the new text. An edge on surviving text, or inside a plain deletion, is
 * where the diff maps it. An edge inside a change (a word diff replaced "…said.\n\nKenya is" by
 * "…stalled.\n\nKenaa is") is placed by aligning that change's old and new text character by character,
 * unless the claim's part of the change was replaced outright: then the edge moves to the change's inner end,
 * since whether a new word there belongs to the claim is a guess, and a claim drawn a word short is a smaller
 * error than one drawn over its neighbour's words. Edges between words stay between words. `loose` reports
 * edges that could not be placed (a change too large to align).
 */
export function mapSpan(
  map: PositionMap,
  oldText: string,
  newText: string,
  start: number,
  end: number,
): { start: number; end: number; loose: { start: boolean; end: boolean } } {
  const edge = (offset: number, side: "start" | "end"): number | null => {
    const run = map.runAt(side === "start" ? offset : offset - 1);
    if (!run || run.equal || run.bStart === run.bEnd) return side === "start" ? map.mapStart(offset) : map.mapEnd(offset);
    if ((run.aEnd - run.aStart) * (run.bEnd - run.bStart) > MAX_ALIGN_CELLS) return null;
    const x = oldText.slice(run.aStart, run.aEnd);
    const y = newText.slice(run.bStart, run.bEnd);
    const cut = (k: number, which: "start" | "end") => {
      // An edge that fell between two words in the old text lands between two words in the new one.
      const at = run.aStart + k;
      const between = isWord(oldText, which === "start" ? at : at - 1) !== isWord(oldText, which === "start" ? at - 1 : at);
      return alignOffset(x, y, k, which, between);
    };
    const k = offset - run.aStart;
    const j = cut(k, side);
    // The claim's part of this change (up to the claim's other end, if that is inside it too) and the new
    // text it aligned with.
    const far = side === "start" ? Math.min(x.length, end - run.aStart) : Math.max(0, start - run.aStart);
    const jFar = side === "start" ? (far === x.length ? y.length : cut(far, "end")) : far === 0 ? 0 : cut(far, "start");
    const ours = side === "start" ? x.slice(k, far) : x.slice(far, k);
    const theirs = side === "start" ? y.slice(j, Math.max(j, jFar)) : y.slice(Math.min(j, jFar), j);
    if (editDistance(ours, theirs) > MAX_EDGE_CHANGE * Math.max(ours.length, theirs.length)) {
      return side === "start" ? run.bEnd : run.bStart;
    }
    return run.bStart + j;
  };
  const s = edge(start, "start");
  const e = edge(end, "end");
  let lo = s ?? map.mapStart(start);
  let hi = e ?? map.mapEnd(end);
  if (hi > lo && !oldText.slice(start, end).includes("\n\n") && newText.slice(lo, hi).includes("\n\n")) {
    // A block break inside the span came with text inserted at the claim's edge (a paragraph moved next to
    // it, a heading added): keep the block holding the claim's surviving text.
    [lo, hi] = mainBlock(newText, map, lo, hi, start, end);
  }
  // Whitespace at an edge comes from a neighbouring edit (a deletion takes its space with it): a quote that
  // did not begin or end with a space does not gain one.
  const quote = oldText.slice(start, end);
  if (!/^\s/.test(quote)) while (lo < hi && /\s/.test(newText[lo])) lo++;
  if (!/\s$/.test(quote)) while (hi > lo && /\s/.test(newText[hi - 1])) hi--;
  return { start: lo, end: hi, loose: { start: s === null, end: e === null } };
}

/** Of the blocks (split at blank lines) that [lo, hi) spans, the one with most of old [start, end)'s text. */
function mainBlock(text: string, map: PositionMap, lo: number, hi: number, start: number, end: number): [number, number] {
  let best: [number, number] = [lo, hi];
  let most = -1;
  for (let from = lo; from < hi; ) {
    const brk = text.indexOf("\n\n", from);
    const to = brk < 0 || brk >= hi ? hi : brk;
    const own = map.provenance(from, to, start, end).own;
    if (own > most) {
      most = own;
      best = [from, to];
    }
    from = to + 2;
  }
  return best;
}

/**
 * Where offset `k` of `x` falls in `y` under a minimal edit alignment of the two (with `betweenWords`, only
 * cuts of `y` between words are considered). Of equally good cuts a start takes the last and an end the
 * first: when the text does not say whether a replaced word at a claim's edge belongs to it, the claim is
 * drawn smaller rather than spilling onto its neighbour's words.
 */
export function alignOffset(x: string, y: string, k: number, side: "start" | "end", betweenWords = false): number {
  const m = y.length;
  // Cost of aligning x[0, k) with y[0, j) and x[k, n) with y[j, m), for every j: two one-row passes.
  const before = prefixCosts(x.slice(0, k), y);
  const after = prefixCosts(reverse(x.slice(k)), reverse(y));
  let best = Infinity;
  let answer = 0;
  for (let j = 0; j <= m; j++) {
    if (betweenWords && isWord(y, j - 1) && isWord(y, j)) continue;
    const total = before[j] + after[m - j];
    if (total < best || (total === best && side === "start")) {
      best = total;
      answer = j;
    }
  }
  return answer;
}

const reverse = (s: string) => s.split("").reverse().join("");

/** costs[j] = edit distance between all of `x` and y[0, j). */
function prefixCosts(x: string, y: string): Int32Array {
  let prev = new Int32Array(y.length + 1);
  let next = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    next[0] = i;
    const c = x.charCodeAt(i - 1);
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(prev[j - 1] + (y.charCodeAt(j - 1) === c ? 0 : 1), prev[j] + 1, next[j - 1] + 1);
    }
    [prev, next] = [next, prev];
  }
  return prev;
}
