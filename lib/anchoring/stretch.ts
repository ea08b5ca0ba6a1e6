/**
 * The "no missing stretch" test for fuzzy matches. A quote that matches with, say, 20% errors spread over
 * typos is the same passage; one whose errors all sit in one stretch (a clause replaced, a tail that is not
 * there) describes different text, even at the same error rate. So a fuzzy match is only plausible when no
 * window of the quote is mostly unmatched.
 */

/** Window over the quote, in UTF-16 units: about two words. */
export const STRETCH_WINDOW = 12;

/**
 * Largest share (0..1) of edits inside any window of `STRETCH_WINDOW` units of `pattern`, under an optimal
 * alignment of `pattern` with all of `text`. `maxErrors` bounds the band of the dynamic programme; it must
 * be at least the edit distance of the two strings (approximate search reports exactly that).
 */
export function worstStretch(pattern: string, text: string, maxErrors: number): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return n === 0 ? 0 : 1;
  // Cells on diagonals d = j - i outside [dLo, dHi] cost more than maxErrors, so the band suffices.
  const dLo = Math.min(0, n - m) - maxErrors;
  const dHi = Math.max(0, n - m) + maxErrors;
  const width = dHi - dLo + 1;
  const INF = 1 << 29;
  const cost = new Int32Array((m + 1) * width).fill(INF);
  const cell = (i: number, j: number) => (j - i < dLo || j - i > dHi || j < 0 || j > n ? -1 : i * width + (j - i - dLo));
  const get = (i: number, j: number) => {
    const k = cell(i, j);
    return k < 0 ? INF : cost[k];
  };

  for (let i = 0; i <= m; i++) {
    const jLo = Math.max(0, i + dLo);
    const jHi = Math.min(n, i + dHi);
    for (let j = jLo; j <= jHi; j++) {
      let v: number;
      if (i === 0) v = j;
      else if (j === 0) v = i;
      else {
        const same = pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1);
        v = Math.min(get(i - 1, j - 1) + (same ? 0 : 1), get(i - 1, j) + 1, get(i, j - 1) + 1);
      }
      cost[cell(i, j)] = v;
    }
  }

  // Walk back along one optimal path, charging each edit to a position of the pattern.
  const errorsAt = new Int32Array(m);
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const here = get(i, j);
    if (i > 0 && j > 0) {
      const same = pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1);
      if (get(i - 1, j - 1) + (same ? 0 : 1) === here) {
        if (!same) errorsAt[i - 1] += 1;
        i -= 1;
        j -= 1;
        continue;
      }
    }
    if (i > 0 && get(i - 1, j) + 1 === here) {
      errorsAt[i - 1] += 1;
      i -= 1;
      continue;
    }
    // An extra text unit sits between pattern positions i-1 and i: charge the one inside the pattern.
    errorsAt[Math.min(i, m - 1)] += 1;
    j -= 1;
  }

  const window = Math.min(STRETCH_WINDOW, m);
  let sum = 0;
  for (let k = 0; k < window; k++) sum += errorsAt[k];
  let worst = sum;
  for (let k = window; k < m; k++) {
    sum += errorsAt[k] - errorsAt[k - window];
    if (sum > worst) worst = sum;
  }
  return Math.min(1, worst / window);
}
