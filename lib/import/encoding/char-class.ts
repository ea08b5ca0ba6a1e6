/** Character classes used to judge whether a decoded run reads like real text. */

const SCRIPTS: Array<[string, RegExp]> = [
  ["Latin", /\p{Script=Latin}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Bengali", /\p{Script=Bengali}/u],
  ["Tamil", /\p{Script=Tamil}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  // Japanese mixes these three in one word, so they count as one script here.
  ["CJK", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

/** The script of a letter or mark; null for characters shared by all scripts (digits, punctuation, symbols). */
export function scriptOf(ch: string): string | null {
  if (!/[\p{L}\p{M}]/u.test(ch)) return null;
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return /\p{Script=Inherited}/u.test(ch) ? null : "Other";
}

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
export const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}/u.test(ch);

/**
 * Characters that a correct decoding essentially never produces in prose: controls, unassigned and private-use code
 * points, IPA and phonetic letters, spacing modifiers, and the rare Latin Extended-B letters (Romanian ș ț and pinyin
 * tone letters excepted). Decodings that land on these are the classic false positives ("VOCÊ…" → "VOCʅ").
 */
const IMPLAUSIBLE = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\u0180-\u01cc\u01dd-\u0217\u021c-\u02ff\u1d00-\u1dbf\ufff0-\ufffc\ufffe\uffff]/u;

export const isImplausibleDecoded = (ch: string): boolean => IMPLAUSIBLE.test(ch);

/**
 * Characters that give a run away as mis-decoded UTF-8 when they follow a lead character: the punctuation, symbols and
 * C1 controls that continuation bytes 0x80–0xBF turn into, plus the few letters windows-1252 puts in that range.
 */
const CONTINUATION_EVIDENCE =
  /[\p{P}\p{S}\p{No}\p{Cc}\ufffd\u00aa\u00b5\u00ba\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/u;

/**
 * A no-break space is ordinary after most letters ("SELKÄ EDELLÄ"), so it only counts as evidence after Â or Ã, which
 * real words do not put before one.
 */
export const isContinuationEvidence = (ch: string, lead: string): boolean =>
  CONTINUATION_EVIDENCE.test(ch) || (ch === "\u00a0" && (lead === "\u00c2" || lead === "\u00c3"));

/** Latin-1 Supplement and Latin Extended-A letters: the accented letters of European languages. */
export const isEuropeanLetter = (ch: string): boolean => /^[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u0218-\u021b]$/u.test(ch);
