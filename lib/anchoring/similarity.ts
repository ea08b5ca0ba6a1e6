/**
 * Small edit-distance measures used to score candidates. All work on UTF-16 code units, like the offsets.
 */

/** Longest context compared; stored contexts are 32 units, but selectors from elsewhere may carry more. */
const MAX_CONTEXT = 64;

/**
 * How well `expected` (a stored prefix or suffix) agrees with the text next to a candidate, in 0..1.
 * The alignment is pinned at the candidate's edge and free at the far end, so an insertion or deletion in
 * the context costs one error instead of shifting every character after it. Returns null when there is
 * nothing to compare (no stored context): absent evidence must not count as disagreement.
 */
export function contextSimilarity(
  text: string,
  edge: number,
  expected: string | undefined,
  side: "prefix" | "suffix",
): number | null {
  if (!expected) return null;
  const pattern = side === "prefix" ? expected.slice(-MAX_CONTEXT) : expected.slice(0, MAX_CONTEXT);
  const m = pattern.length;
  // Most contexts are untouched: skip the dynamic programme when the text next to the edge is the context.
  if (side === "prefix" ? text.startsWith(pattern, edge - m) && edge >= m : text.startsWith(pattern, edge)) return 1;
  // Read the text outward from the edge, allowing for up to m extra or missing characters.
  const reach = 2 * m;
  const window = side === "prefix" ? text.slice(Math.max(0, edge - reach), edge) : text.slice(edge, edge + reach);
  const at = (s: string, i: number) => (side === "prefix" ? s.charCodeAt(s.length - 1 - i) : s.charCodeAt(i));

  // prev[i] = errors aligning the first i pattern units (counted from the edge) with the text read so far.
  let prev = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m];
  for (let j = 1; j <= window.length; j++) {
    next[0] = j;
    const c = at(window, j - 1);
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (at(pattern, i - 1) === c ? 0 : 1);
      next[i] = Math.min(sub, prev[i] + 1, next[i - 1] + 1);
    }
    if (next[m] < best) best = next[m];
    [prev, next] = [next, prev];
  }
  return 1 - Math.min(m, best) / m;
}

/** Levenshtein distance between two strings (two-row dynamic programme). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Edits are usually local: trim what the two share at both ends before the quadratic part.
  let lo = 0;
  while (lo < a.length && lo < b.length && a.charCodeAt(lo) === b.charCodeAt(lo)) lo++;
  let hiA = a.length;
  let hiB = b.length;
  while (hiA > lo && hiB > lo && a.charCodeAt(hiA - 1) === b.charCodeAt(hiB - 1)) {
    hiA--;
    hiB--;
  }
  if (lo > 0 || hiA < a.length) return editDistance(a.slice(lo, hiA), b.slice(lo, hiB));
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let next = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (b.charCodeAt(j - 1) === c ? 0 : 1);
      next[j] = Math.min(sub, prev[j] + 1, next[j - 1] + 1);
    }
    [prev, next] = [next, prev];
  }
  return prev[b.length];
}
