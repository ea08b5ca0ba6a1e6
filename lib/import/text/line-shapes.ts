/** The shapes of plain-text lines that decide what a line is: heading, sentence paragraph, byline, date. */

export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
export const endsSentence = (text: string): boolean => /[.!?…]["'”’)\]]*$/u.test(text);

/** A short line that does not end a sentence (a question is allowed): a heading, a title, a label. */
export function isHeadingLike(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > 16 || text.length > 140) return false;
  if (/[.,;:…]["'”’)\]]*$/u.test(text)) return false;
  return /^[\p{Lu}\p{N}"'“‘(]/u.test(text);
}

/** A line of running article text: long enough and ending like a sentence, or simply long. */
export const isBodyParagraph = (text: string): boolean => {
  const words = wordCount(text);
  return (words >= 12 && endsSentence(text)) || words >= 30;
};

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters": the byline without its "By". */
export function bylineOf(text: string): string | null {
  const match = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*){0,8})(?:\s*[,|–—-]\s*.{0,40})?$/u.exec(text);
  return match && wordCount(text) <= 14 ? text.replace(/^by\s+/i, "").trim() : null;
}
