import type { SpanDescription } from "./types";

/** How much context a quote selector carries on each side (UTF-16 code units), as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Describes the span [start, end) of `text` as a W3C quote selector (with context) and a position selector. */
export function describe(text: string, start: number, end: number): SpanDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describe: offsets must be integers (got start=${start}, end=${end})`);
  }
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`describe: span [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  if (start === end) {
    throw new RangeError(`describe: span [${start}, ${end}) is empty`);
  }

  // A context cut through a surrogate pair would store half a character, which no later text can match
  // and which breaks JSON/UTF-8 round-trips: take one unit less instead.
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart)) && isHighSurrogate(text.charCodeAt(prefixStart - 1))) {
    prefixStart += 1;
  }
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1)) && isLowSurrogate(text.charCodeAt(suffixEnd))) {
    suffixEnd -= 1;
  }

  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}
