/**
 * Myers' O(ND) shortest edit script (Myers 1986, "An O(ND) difference algorithm and its variations"), greedy
 * forward search with a saved frontier per edit distance for the walk back. It is bounded: beyond `maxEdits`
 * the two ranges are treated as unrelated (all deleted, all inserted), which keeps time and memory (D²) in
 * check. Callers only hand it the gaps left between patience anchors, which are small in practice.
 */

/** Edits beyond which a gap is reported as a plain replacement. */
export const MAX_EDITS = 1500;

/**
 * Aligns a[aLo, aHi) with b[bLo, bHi) and records each matched token as `bForA[i] = j`.
 * Returns false (recording nothing) when the ranges differ by more than `maxEdits`.
 */
export function myersAlign(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  bForA: Int32Array,
  maxEdits = MAX_EDITS,
): boolean {
  const n = aHi - aLo;
  const m = bHi - bLo;
  if (n === 0 || m === 0) return true;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  // v[k + offset] = furthest x reached on diagonal k = x - y.
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  let found = -1;

  for (let d = 0; d <= limit && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[k - 1 + offset] < v[k + 1 + offset]) ? v[k + 1 + offset] : v[k - 1 + offset] + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x += 1;
        y += 1;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    // Keep only the live diagonals [-d, d] of this round.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
  }
  if (found < 0) return false;

  // Walk back from (n, m), recording the diagonal runs (snakes) as matches.
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]; // frontier after round d-1, covering diagonals [-(d-1)-1, (d-1)+1]
    const at = (k: number) => prev[k + d];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    for (let sx = startX, sy = startX - k; sx < x; sx++, sy++) bForA[aLo + sx] = bLo + sy;
    x = prevX;
    y = prevY;
  }
  for (let sx = 0; sx < x; sx++) bForA[aLo + sx] = bLo + sx;
  return true;
}
