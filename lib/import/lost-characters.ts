import type { TextFlag } from "./types";

const LOST = "A character was lost here in the source";

export const LOST_CHARACTER_REASONS = {
  apostrophe: `${LOST} (probably an apostrophe)`,
  closing: `${LOST} (probably an apostrophe or a closing quotation mark)`,
  opening: `${LOST} (probably an opening quotation mark)`,
  dash: `${LOST} (probably a dash)`,
  unknown: `${LOST} (probably a quotation mark, apostrophe or dash)`,
  unreadable: "A character could not be read in the source and shows as \ufffd; check it against the original",
} as const;

const wordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Finds spots where the source lost a character that cannot be restored with certainty, for the editor to check.
 *
 * A scraper that read UTF-8 as windows-1252 and then dropped the undecodable bytes leaves "â" (0xE2, the first byte
 * of ’ “ ” – —) alone: "sidesâ recognition", "âserious breach of diplomatic protocolâ". The character meant is usually
 * guessable but not certain (’ or ', “ or ", – or —), so the text is kept and each spot is flagged. Word-final "â" and
 * "âs" after a letter do not occur in real words; once the text shows one of those, the other shapes ("âword",
 * "wordâword") are flagged too. Without that evidence "â" is left alone: "château" and "âge" are French.
 */
export function findLostCharacters(text: string): TextFlag[] {
  const flags: TextFlag[] = [];
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) {
    flags.push({ start: i, end: i + 1, reason: LOST_CHARACTER_REASONS.unreadable });
  }
  const spots: Array<TextFlag & { certain: boolean }> = [];
  for (let i = text.indexOf("\u00e2"); i >= 0; i = text.indexOf("\u00e2", i + 1)) {
    const spot = classify(text, i);
    if (spot) spots.push(spot);
  }
  // In a language written with diacritics "â" can be a real letter even word-finally (Romanian "rămâs"), so the
  // heuristic only speaks for text whose other letters are plain.
  const accented = text.match(/[\u00c0-\u00d6\u00d8-\u00e1\u00e3-\u00f6\u00f8-\u024f]/gu)?.length ?? 0;
  if (spots.some((s) => s.certain) && accented < Math.max(3, spots.length)) {
    flags.push(...spots.map(({ start, end, reason }) => ({ start, end, reason })));
  }
  return flags.sort((a, b) => a.start - b.start);
}

function classify(text: string, i: number): TextFlag & { certain: boolean } {
  const before = text[i - 1];
  const after = text[i + 1];
  // "â€" with its third byte gone: both characters are remnants of one lost character.
  if (after === "\u20ac" || after === "\u0080") return { start: i, end: i + 2, reason: LOST_CHARACTER_REASONS.unknown, certain: true };
  if (wordChar(before)) {
    const rest = text.slice(i + 1, i + 4);
    if (/^(s|t|d|m|ll|re|ve)(?![\p{L}\p{N}])/u.test(rest)) {
      return { start: i, end: i + 1, reason: LOST_CHARACTER_REASONS.apostrophe, certain: true };
    }
    if (!wordChar(after)) return { start: i, end: i + 1, reason: LOST_CHARACTER_REASONS.closing, certain: true };
    return { start: i, end: i + 1, reason: LOST_CHARACTER_REASONS.dash, certain: false };
  }
  if (wordChar(after)) return { start: i, end: i + 1, reason: LOST_CHARACTER_REASONS.opening, certain: false };
  return { start: i, end: i + 1, reason: LOST_CHARACTER_REASONS.unknown, certain: false };
}
