/**
 * Strings that break naive text handling: lone and reversed surrogates, NUL and other control characters,
 * direction marks and overrides, zero-width joiners, combining marks, 4-byte characters, and sizes far past any limit.
 */
import fc from "fast-check";

/** Pieces that are each a known hazard for UTF-8 encoding, PostgreSQL text and JSON, bidi display or length counting. */
export const UNICODE_EDGES = [
  "\uD800", // lone high surrogate: not encodable as UTF-8, refused by PostgreSQL's jsonb
  "\uDFFF", // lone low surrogate
  "\uDC00\uD83C", // a pair in the wrong order
  "\u0000", // NUL: PostgreSQL text cannot hold it
  "\u0000\u0000\u0000",
  "\u0001\u0008\u001B[31m\u007F", // control characters, an ANSI escape
  "\u200F", // RIGHT-TO-LEFT MARK
  "\u200E", // LEFT-TO-RIGHT MARK
  "\u202E", // RIGHT-TO-LEFT OVERRIDE
  "\u200F\u202E", // RLM + RLO, the brief's own pair
  "\u2066\u2067\u2068\u2069", // isolates
  "\u200D", // ZERO WIDTH JOINER alone
  "\u200B\uFEFF\u2060", // zero-width space, BOM, word joiner
  "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}", // family: four emoji joined by ZWJ
  "\u{1F3F3}\uFE0F\u200D\u{1F308}", // rainbow flag: emoji, variation selector, ZWJ
  "e\u0301", // e + COMBINING ACUTE ACCENT
  "\u0301", // a combining mark with nothing to combine with
  "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A\u035B", // stacked combining marks
  "\u{1F389}", // 🎉, outside the BMP: two UTF-16 code units
  "\u{1D54F}", // 𝕏 mathematical double-struck X
  "\u{E0001}\u{E0041}", // tag characters
  "\uFFFD\uFFFE\uFFFF", // replacement character and noncharacters
  "\u2028\u2029", // line and paragraph separators (break JavaScript string literals in old engines)
  "\r\n\t\u0085", // CRLF, tab, NEL
  "\u0130\u00DF\uFB03", // İ, ß, ﬃ: case mapping changes their length
  "\uFDFD", // one character, very wide
  "\u1100\u1161\u11A8", // Hangul jamo that compose into one syllable
  "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", // Arabic, right-to-left
  " constructor __proto__ hasOwnProperty ", // words that name Object.prototype's properties, met by lookup tables
] as const;

const edge = fc.constantFrom(...UNICODE_EDGES);

/** Arbitrary UTF-16 code units, surrogate halves included (fast-check's own string units keep pairs whole). */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 24 });

/** Where the hazards go in a string that had a value: replacing it, before, after, both ends, or inside. */
export function unicodeVariantOf(original: string): fc.Arbitrary<string> {
  const pieces = fc.array(fc.oneof(edge, edge, codeUnits), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(""));
  return fc.tuple(pieces, fc.constantFrom("replace", "prefix", "suffix", "both", "inside"), fc.nat()).map(([hazard, where, at]) => {
    const cut = original.length === 0 ? 0 : at % (original.length + 1);
    switch (where) {
      case "replace":
        return hazard;
      case "prefix":
        return hazard + original;
      case "suffix":
        return original + hazard;
      case "both":
        return hazard + original + hazard;
      default:
        return original.slice(0, cut) + hazard + original.slice(cut);
    }
  });
}

/** 1 to 2 MB of one character (ASCII, 2-, 3- or 4-byte UTF-8, or a lone surrogate): past every text limit. */
export const hugeString = fc
  .tuple(fc.integer({ min: 1_000_000, max: 2_000_000 }), fc.constantFrom("a", "\u00E9", "\u20AC", "\u{1F389}", "\uD800", " "))
  .map(([size, unit]) => unit.repeat(Math.ceil(size / unit.length)));

/** Strings that parse as numbers, or as nothing, depending on who reads them. */
export const numberLikeString = fc.constantFrom("NaN", "-NaN", "Infinity", "-Infinity", "1e309", "-0", "0x1F", "0b1", "1_000", " 7 ", "", "null", "undefined", "true", "[]", "{}", "1.5", "-1", "9007199254740993");

/** Ids a client could send: empty, absurdly long, path tricks, another shape of id, or hazards around a real one. */
export function badIdFor(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom("", " ", "..", "../..", "%2e%2e", "null", "undefined", "0", "-1", "' OR '1'='1", "*", "\\", valid.toUpperCase(), `${valid} `),
    fc.integer({ min: 65, max: 20_000 }).map((length) => "c".repeat(length)),
    unicodeVariantOf(valid),
  );
}
