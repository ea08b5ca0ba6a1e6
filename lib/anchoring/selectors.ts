import type { Selectors, TextPositionSelector, TextQuoteSelector } from "./types";

/** Reads both accepted shapes of `Selectors` into one: the W3C array (any order) or `{ quote, position }`. */
export function readSelectors(selectors: Selectors): { quote?: TextQuoteSelector; position?: TextPositionSelector } {
  if (!Array.isArray(selectors)) {
    const { quote, position } = selectors as { quote?: TextQuoteSelector; position?: TextPositionSelector };
    return { quote, position };
  }
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of selectors as ReadonlyArray<TextQuoteSelector | TextPositionSelector>) {
    if (s?.type === "TextQuoteSelector") quote ??= s;
    else if (s?.type === "TextPositionSelector") position ??= s;
  }
  return { quote, position };
}

/** A position selector is usable only if it is a non-empty, in-range span of integer offsets. */
export function validPosition(text: string, p: TextPositionSelector | undefined): p is TextPositionSelector {
  return (
    p !== undefined &&
    Number.isInteger(p.start) &&
    Number.isInteger(p.end) &&
    p.start >= 0 &&
    p.start < p.end &&
    p.end <= text.length
  );
}
