/** Google shows claimReviewed in a small space and advises keeping it under about 75 characters. */
export const CLAIM_REVIEWED_MAX = 75;

const ELLIPSIS = "…";
// A cut this close to the start would leave a stub; cut mid-word instead.
const MIN_WORD_CUT = 30;

/**
 * The one-line claim for ClaimReview: the editor's summary when there is one, else the quoted words; whitespace
 * collapsed, and shortened at a word boundary with an ellipsis so that it is under CLAIM_REVIEWED_MAX characters.
 */
export function claimReviewedText(summary: string | null, quote: string): string {
  const text = (summary?.trim() ? summary : quote).replace(/\s+/g, " ").trim();
  if (text.length < CLAIM_REVIEWED_MAX) return text;
  // Room for the words and the ellipsis within CLAIM_REVIEWED_MAX - 1 characters.
  let cut = text.slice(0, CLAIM_REVIEWED_MAX - 1 - ELLIPSIS.length);
  const space = cut.lastIndexOf(" ");
  if (space >= MIN_WORD_CUT) cut = cut.slice(0, space);
  // Never end on half of a surrogate pair, nor on punctuation that would sit oddly before the ellipsis.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/[\s,;:.\-–—(“"']+$/u, "");
  return `${cut}${ELLIPSIS}`;
}
