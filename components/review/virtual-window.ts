/**
 * The arithmetic of a windowed list, kept apart from React so it can be tested on its own: where each row starts
 * (measured heights where known, estimates elsewhere) and which rows a visible band of the list touches.
 */

export type RowLayout = { tops: Float64Array; total: number };

/** `tops[i]` is where row i starts; `tops[count]` (= total) is the list's height. */
export function layoutRows(count: number, heightAt: (index: number) => number): RowLayout {
  const tops = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) tops[i + 1] = tops[i] + heightAt(i);
  return { tops, total: tops[count] };
}

/** The rows overlapping [top, bottom) of the list: `first` and one past the last. Empty when the band is. */
export function rowsInBand(layout: RowLayout, top: number, bottom: number): { first: number; end: number } {
  const count = layout.tops.length - 1;
  if (count === 0 || bottom <= top) return { first: 0, end: 0 };
  // Binary search for the first row whose bottom edge is below `top`.
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layout.tops[mid + 1] > top) hi = mid;
    else lo = mid + 1;
  }
  let end = lo;
  while (end < count && layout.tops[end] < bottom) end++;
  return { first: lo, end };
}

/** The indices to render: the band's rows plus any pinned ones (the focused row), in list order, each once. */
export function rowsToRender(band: { first: number; end: number }, pinned: readonly number[]): number[] {
  const rows: number[] = [];
  for (let i = band.first; i < band.end; i++) rows.push(i);
  const extra = pinned.filter((i) => i >= 0 && (i < band.first || i >= band.end));
  return extra.length === 0 ? rows : [...new Set([...rows, ...extra])].sort((a, b) => a - b);
}
