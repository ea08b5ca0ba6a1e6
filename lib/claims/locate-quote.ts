import { AppError } from "@/lib/errors/app-error";

export type QuoteToLocate = { exact: string; prefix?: string; suffix?: string };

/**
 * Where a quoted passage sits in a text, for creating a claim by its words (the API). Exact matching only: a script
 * that names words must get those words or a clear refusal, never a fuzzy guess. Prefix and suffix, when given,
 * must sit right before and after the quote and tell repeated passages apart.
 */
export function locateQuote(text: string, quote: QuoteToLocate): { start: number; end: number } {
  const { exact } = quote;
  const hits: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const prefixOk = !quote.prefix || text.slice(Math.max(0, at - quote.prefix.length), at) === quote.prefix;
    const suffixOk = !quote.suffix || text.startsWith(quote.suffix, at + exact.length);
    if (prefixOk && suffixOk) hits.push(at);
    if (hits.length > 1) break;
  }
  if (hits.length === 0) {
    throw new AppError("INVALID_INPUT", "Those words were not found in the article's current version (matching is exact, including punctuation and spaces).", {
      fields: { "quote.exact": "Not found in the current version." },
    });
  }
  if (hits.length > 1) {
    throw new AppError("INVALID_INPUT", "Those words appear more than once in the article. Add the words just before (prefix) or after (suffix) them to say which.", {
      fields: { "quote.exact": "Appears more than once; add a prefix or suffix." },
    });
  }
  return { start: hits[0], end: hits[0] + exact.length };
}
