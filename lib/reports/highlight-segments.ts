import type { ClaimStatus } from "@/lib/db/generated/enums";

/** A claim's place in the text, with the number it has in the report's list. */
export type HighlightSpan = { number: number; start: number; end: number; status: ClaimStatus };

/**
 * A stretch of text covered by the same set of claims. Overlapping claims split the text at every start and end,
 * so each piece can be drawn with one colour: `claims` lists the covering claims innermost (shortest) first, and the
 * first one gives the colour, since the shortest span is the most specific statement about those words.
 */
export type TextSegment = { start: number; end: number; claims: HighlightSpan[]; starts: number[] };

function group(spans: readonly HighlightSpan[], key: "start" | "end"): Map<number, HighlightSpan[]> {
  const map = new Map<number, HighlightSpan[]>();
  for (const span of spans) {
    const list = map.get(span[key]);
    if (list) list.push(span);
    else map.set(span[key], [span]);
  }
  return map;
}

const innermostFirst = (a: HighlightSpan, b: HighlightSpan) => a.end - a.start - (b.end - b.start) || a.number - b.number;

/** Cuts `length` characters of text into segments at every claim boundary (a sweep: O((n + k) log n)). */
export function highlightSegments(length: number, spans: readonly HighlightSpan[]): TextSegment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.start < s.end && s.end <= length);
  const starting = group(valid, "start");
  const ending = group(valid, "end");
  const cuts = [...new Set([0, length, ...valid.map((s) => s.start), ...valid.map((s) => s.end)])].sort((a, b) => a - b);
  const active = new Set<HighlightSpan>();
  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const at = cuts[i];
    for (const span of ending.get(at) ?? []) active.delete(span);
    const opened = starting.get(at) ?? [];
    for (const span of opened) active.add(span);
    segments.push({
      start: at,
      end: cuts[i + 1],
      claims: [...active].sort(innermostFirst),
      starts: opened.map((s) => s.number).sort((a, b) => a - b),
    });
  }
  return segments;
}
