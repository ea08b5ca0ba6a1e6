import { myersAlign } from "./myers";

/**
 * Tokens occurring this often or less, as often in both ranges, are paired by rank (k-th with k-th). Plain
 * patience diff pairs only unique tokens (count 1), which finds nothing in text that repeats passages; rank
 * pairing of rare tokens still anchors there, and a wrongly ranked pair crosses the right ones and is dropped
 * by the longest-increasing-run step.
 */
const MAX_PAIRED_COUNT = 8;

/**
 * Token alignment in the manner of patience diff (Bram Cohen's): rare tokens with the same count on both
 * sides are paired, the longest run of pairs in the same order becomes fixed anchors, and the gaps between
 * anchors are aligned the same way until no pair is left, when Myers' algorithm finishes the gap. Rare words
 * (names, numbers) are plentiful in prose, so gaps stay small and the whole runs in near-linear time;
 * anchoring on rare words also keeps moved paragraphs from being stitched to unrelated text.
 *
 * Returns `bForA`: for each token of `a`, the index of its partner in `b`, or -1 if deleted.
 */
export function alignTokens(a: Int32Array, b: Int32Array, vocabularySize: number): Int32Array {
  const bForA = new Int32Array(a.length).fill(-1);
  // Per-token scratch, reset lazily by stamping with the current range's number.
  const stamp = new Int32Array(vocabularySize).fill(-1);
  const countA = new Int32Array(vocabularySize);
  const countB = new Int32Array(vocabularySize);
  const seen = new Int32Array(vocabularySize).fill(-1);
  const slot = new Int32Array(vocabularySize);
  const rank = new Int32Array(vocabularySize);
  const occurrences = new Int32Array(b.length);
  let rangeNo = 0;

  const stack: number[] = [0, a.length, 0, b.length];
  while (stack.length > 0) {
    let bHi = stack.pop() as number;
    let bLo = stack.pop() as number;
    let aHi = stack.pop() as number;
    let aLo = stack.pop() as number;

    // Common prefix and suffix are matched outright.
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) bForA[aLo++] = bLo++;
    while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) bForA[--aHi] = --bHi;
    if (aLo === aHi || bLo === bHi) continue;

    rangeNo += 1;
    const touch = (id: number) => {
      if (stamp[id] !== rangeNo) {
        stamp[id] = rangeNo;
        countA[id] = 0;
        countB[id] = 0;
      }
    };
    for (let i = aLo; i < aHi; i++) {
      touch(a[i]);
      countA[a[i]] += 1;
    }
    for (let j = bLo; j < bHi; j++) {
      touch(b[j]);
      countB[b[j]] += 1;
    }
    // The k-th occurrence in b of every token that can pair, laid out per token at slot[id].
    let used = 0;
    for (let j = bLo; j < bHi; j++) {
      const id = b[j];
      if (countB[id] !== countA[id] || countB[id] > MAX_PAIRED_COUNT) continue;
      if (seen[id] !== rangeNo) {
        seen[id] = rangeNo;
        slot[id] = used;
        used += countB[id];
        rank[id] = 0;
      }
      occurrences[slot[id] + rank[id]++] = j;
    }
    const pairsA: number[] = [];
    const pairsB: number[] = [];
    for (let i = aLo; i < aHi; i++) {
      const id = a[i];
      if (seen[id] !== rangeNo) continue;
      // rank[id] counted b's occurrences up; count it back down over a's, pairing k-th with k-th.
      const k = countA[id] - rank[id];
      rank[id] -= 1;
      pairsA.push(i);
      pairsB.push(occurrences[slot[id] + k]);
    }
    const chosen = longestIncreasing(pairsB);
    if (chosen.length === 0) {
      myersAlign(a, aLo, aHi, b, bLo, bHi, bForA);
      continue;
    }
    // Push the gaps (last first, so the stack is processed left to right; order does not matter for bForA).
    let nextA = aHi;
    let nextB = bHi;
    for (let c = chosen.length - 1; c >= 0; c--) {
      const i = pairsA[chosen[c]];
      const j = pairsB[chosen[c]];
      bForA[i] = j;
      stack.push(i + 1, nextA, j + 1, nextB);
      nextA = i;
      nextB = j;
    }
    stack.push(aLo, nextA, bLo, nextB);
  }
  return bForA;
}

/** Indices (into `values`) of one longest strictly increasing subsequence, by patience sorting: O(k log k). */
export function longestIncreasing(values: number[]): number[] {
  const tails: number[] = []; // tails[len-1] = index of the smallest tail of an increasing run of length len
  const prev = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const out: number[] = new Array(tails.length);
  for (let k = tails.length - 1, i = tails[tails.length - 1]; k >= 0; k--, i = prev[i]) out[k] = i;
  return out;
}
