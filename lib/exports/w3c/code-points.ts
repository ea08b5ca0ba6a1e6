/**
 * Converting offsets between UTF-16 code units (JavaScript strings, the database) and Unicode code points (what the
 * W3C TextPositionSelector counts: "the number of characters", so an emoji is one, not two). Built once per text so
 * that converting every claim of a long article stays linear.
 */
export type CodePointOffsets = {
  /** Code points before UTF-16 offset `offset`; an offset inside a pair counts the whole character as before it. */
  toCodePoints(offset: number): number;
  /** UTF-16 offset of code point `index`; past the end gives the text's length. */
  toUtf16(index: number): number;
};

export function codePointOffsets(text: string): CodePointOffsets {
  // UTF-16 offsets where a surrogate pair (one astral character, two units) starts; ascending.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  const codePointLength = text.length - pairs.length;
  return {
    toCodePoints(offset) {
      // Each pair that starts before `offset` shrinks the count by one.
      return offset - countBelow(pairs, (p) => p < offset - 1);
    },
    toUtf16(index) {
      if (index >= codePointLength) return text.length;
      // Pair k starts at code point pairs[k] - k; every pair starting before `index` adds one unit.
      return index + countBelow(pairs, (p, k) => p - k < index);
    },
  };
}

/** How many leading elements of a sorted array satisfy a monotone predicate (binary search). */
function countBelow(values: number[], test: (value: number, index: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(values[mid], mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
