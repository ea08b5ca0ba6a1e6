/**
 * The rules of a claim's one-line summary (ClaimReview's `claimReviewed`). Pure, so the field in the browser counts
 * exactly as the server checks.
 */
export const CLAIM_SUMMARY_MAX = 75;

/** One line, trimmed, runs of whitespace (line breaks included) turned into one space; empty means "no summary". */
export function normalizeSummary(raw: string): string | null {
  const line = raw.replace(/\s+/g, " ").trim();
  return line === "" ? null : line;
}

/** Length in characters as a reader counts them: an emoji or an accented letter typed as one symbol counts once. */
export function summaryLength(text: string): number {
  return Array.from(text.normalize("NFC")).length;
}
