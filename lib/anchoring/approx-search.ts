import search from "approx-string-match";

/** One approximate occurrence of a pattern: [start, end) in the searched text, with its edit distance. */
export type ApproxMatch = { start: number; end: number; errors: number };

/**
 * How many edits a fuzzy search tolerates for a quote of `length` units: a quarter of the quote, capped so a
 * long quote cannot drift onto a loosely similar passage. Quotes under 4 units must match exactly, since one
 * edit in "on" or "the" would match almost anything.
 */
export function maxErrorsFor(length: number): number {
  if (length < 4) return 0;
  return Math.min(64, Math.floor(length / 4));
}

/**
 * Bit-parallel approximate search (Myers' algorithm, via approx-string-match) of `pattern` in
 * `text.slice(from, to)`, with offsets reported in `text`. Only the lowest-error matches are returned, as the
 * library does; an empty pattern or text yields none.
 */
export function approxSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): ApproxMatch[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (pattern.length === 0 || hi <= lo) return [];
  const errorsAllowed = Math.max(0, Math.min(maxErrors, pattern.length));
  const matches = search(lo === 0 && hi === text.length ? text : text.slice(lo, hi), pattern, errorsAllowed);
  return matches
    .map((m) => ({ start: m.start + lo, end: m.end + lo, errors: m.errors }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Collapses runs of overlapping matches (the library reports every end offset that reaches the minimum) into
 * one match each: the one whose length is closest to the pattern's, which is the likeliest reading of the edit.
 */
export function distinctMatches(matches: ApproxMatch[], patternLength: number): ApproxMatch[] {
  const out: ApproxMatch[] = [];
  let groupEnd = -1;
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && m.start < groupEnd) {
      groupEnd = Math.max(groupEnd, m.end);
      const better =
        m.errors < last.errors ||
        (m.errors === last.errors &&
          Math.abs(m.end - m.start - patternLength) < Math.abs(last.end - last.start - patternLength));
      if (better) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
    groupEnd = m.end;
  }
  return out;
}
