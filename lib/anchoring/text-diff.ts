import { alignTokens } from "./patience";
import { tokenize } from "./tokenize";

/**
 * One stretch of a diff in character offsets: either equal text, or a change replacing a[aStart, aEnd) with
 * b[bStart, bEnd) (a pure deletion or insertion has one side empty). Runs alternate and cover both texts.
 */
export type Run = { equal: boolean; aStart: number; aEnd: number; bStart: number; bEnd: number };

/**
 * How much smaller than the changes on both sides an equality must be to be folded into them. For people
 * (`wordDiff`), the diff-match-patch rule: no larger than either side. For carrying offsets, only what is
 * likely a coincidence: an equality at most a quarter of the size of both neighbours (a lone "controversy"
 * paired across a moved paragraph). A kept word between small edits is real evidence of where text went.
 */
export type Fold = "reading" | "mapping";
/** Word-level diff of two texts as alternating equal/change runs, with short equalities folded (see above). */
export function diffTexts(a: string, b: string, fold: Fold = "mapping"): Run[] {
  if (a === b) return a.length === 0 ? [] : [{ equal: true, aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }];
  const vocabulary = new Map<string, number>();
  const ta = tokenize(a, vocabulary);
  const tb = tokenize(b, vocabulary);
  const bForA = alignTokens(ta.ids, tb.ids, vocabulary.size);

  const runs: Run[] = [];
  const push = (equal: boolean, aStart: number, aEnd: number, bStart: number, bEnd: number) => {
    if (aStart === aEnd && bStart === bEnd) return;
    const last = runs[runs.length - 1];
    if (last && last.equal === equal) {
      last.aEnd = aEnd;
      last.bEnd = bEnd;
    } else runs.push({ equal, aStart, aEnd, bStart, bEnd });
  };
  const aOff = ta.offsets;
  const bOff = tb.offsets;
  let i = 0;
  let j = 0;
  while (i < ta.ids.length || j < tb.ids.length) {
    // Tokens up to the next matched pair are a change; the matched pairs that follow are equal.
    let ni = i;
    while (ni < ta.ids.length && bForA[ni] < 0) ni++;
    const nj = ni < ta.ids.length ? bForA[ni] : tb.ids.length;
    push(false, aOff[i], aOff[ni], bOff[j], bOff[nj]);
    i = ni;
    j = nj;
    while (i < ta.ids.length && bForA[i] === j) {
      i++;
      j++;
    }
    push(true, aOff[ni], aOff[i], bOff[nj], bOff[j]);
  }
  return cleanupSemantic(a, runs, fold);
}

const size = (r: Run) => Math.max(r.aEnd - r.aStart, r.bEnd - r.bStart);

/**
 * Folds short equalities caught between changes into one change (diff-match-patch's semantic cleanup, with
 * `fold` = 1): "the cat sat" → "a dog ran" is one replacement, not three held together by two spaces. Besides
 * reading better, it stops a moved or rewritten passage from being pinned to stray spaces and "the"s elsewhere.
 */
export function cleanupSemantic(a: string, input: Run[], fold: Fold): Run[] {
  const out: Run[] = [];
  for (const run of input) {
    out.push({ ...run });
    // Whenever the tail is change, equal, change, see whether the equality is too small to stand.
    while (out.length >= 3) {
      const [before, middle, after] = out.slice(-3);
      if (before.equal || !middle.equal || after.equal) break;
      const len = middle.aEnd - middle.aStart;
      const room = Math.min(size(before), size(after));
      const foldable = fold === "reading" ? len <= room : len * 4 <= room;
      if (!foldable) break;
      out.splice(-3, 3, { equal: false, aStart: before.aStart, aEnd: after.aEnd, bStart: before.bStart, bEnd: after.bEnd });
    }
  }
  return out;
}
