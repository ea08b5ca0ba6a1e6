import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The three faces a report uses, by the names they are registered under in each document. */
export type FontFace = "regular" | "bold" | "italic";

export type PdfFonts = {
  /** Font sources to register: TTF buffers, or names of PDF standard fonts. */
  sources: Record<FontFace, Buffer | string>;
  /** Whether the faces cover Unicode (DejaVu) or only WinAnsi (the standard Helvetica fallback). */
  unicode: boolean;
};

/** Drawn in place of a character the fonts have no glyph for (DejaVu has this one). */
export const MISSING_GLYPH = "\u25a1";

const FILES: Record<FontFace, string> = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", italic: "DejaVuSans-Oblique.ttf" };

// C0 controls other than line feed, DEL and C1 controls (mojibake leaves those behind): no glyph, no width.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
// WinAnsi (Windows-1252): what PDF standard fonts can draw. Anything else would print as a wrong glyph.
const NOT_WIN_ANSI = /[^\n\u0020-\u007e\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu;

// Resolved at run time from the project root, where `next start`, scripts and tests all run. A literal
// require.resolve would make bundlers try to pull .ttf files into the server bundle.
function readFont(file: string): Buffer | null {
  try {
    const resolve = createRequire(path.join(process.cwd(), "package.json")).resolve;
    return readFileSync(resolve(`dejavu-fonts-ttf/ttf/${file}`));
  } catch {
    return null; // not installed here: the caller falls back to the standard fonts
  }
}

/** PDF standard Helvetica: no files needed, WinAnsi only; characters outside it become "?". */
export function standardFonts(): PdfFonts {
  return { sources: { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" }, unicode: false };
}

let cached: PdfFonts | undefined;

/**
 * DejaVu Sans (from the dejavu-fonts-ttf package, Bitstream Vera licence) so accents, curly quotes, Greek,
 * Cyrillic, Hebrew and most symbols print; scripts it lacks (CJK, Indic) show as empty boxes. When the font files
 * cannot be found the report still renders, with standardFonts(). Files are read once per process; each document
 * embeds only the glyphs it uses.
 */
export function reportFonts(): PdfFonts {
  if (cached) return cached;
  const regular = readFont(FILES.regular);
  const bold = readFont(FILES.bold);
  const italic = readFont(FILES.italic);
  cached = regular && bold && italic ? { sources: { regular, bold, italic }, unicode: true } : standardFonts();
  return cached;
}

/** The parts of a fontkit font this module uses; pdfkit also accepts such an object as a font source. */
type LoadedFont = { layout: unknown; hasGlyphForCodePoint(codePoint: number): boolean };

// Fonts pdfkit parsed from our buffers, shared by later documents: parsing the three faces and building their
// shaping tables costs more than laying out a short report, and fontkit fonts are read-only once loaded.
const loaded = new WeakMap<Buffer, LoadedFont>();

// pdfkit keeps the fontkit font of the current face in an internal field: read defensively, since a pdfkit
// update may move it (then fonts are parsed per document and no character is replaced; nothing breaks).
function currentFont(doc: PDFKit.PDFDocument, face: FontFace): LoadedFont | undefined {
  const font = (doc.font(face) as unknown as { _font?: { font?: Partial<LoadedFont> } })._font?.font;
  return typeof font?.layout === "function" && typeof font.hasGlyphForCodePoint === "function" ? (font as LoadedFont) : undefined;
}

/**
 * Registers the faces in `doc` under their names and returns a function that makes user text drawable with them.
 * A character without a glyph would be drawn as .notdef with a width pdfkit measures differently from the
 * viewer, which shifts the rest of the line, so it is replaced by a visible box.
 */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts): (text: string) => string {
  const faces = (["regular", "bold", "italic"] as const).map((face) => {
    const source = fonts.sources[face];
    const ready = typeof source === "string" ? undefined : loaded.get(source);
    doc.registerFont(face, (ready ?? source) as PDFKit.Mixins.PDFFontSource);
    const font = fonts.unicode ? currentFont(doc, face) : undefined;
    if (font && !ready && typeof source !== "string") loaded.set(source, font);
    return font;
  });
  const base = (text: string) => text.replace(/\t/g, " ").replace(CONTROLS, "");
  if (!fonts.unicode) return (text) => base(text.normalize("NFC")).replace(NOT_WIN_ANSI, "?");
  if (!faces.every((font) => font !== undefined)) return base;
  const known = new Map<number, boolean>();
  const covered = (char: string) => {
    const code = char.codePointAt(0)!;
    let ok = known.get(code);
    if (ok === undefined) known.set(code, (ok = faces.every((font) => font!.hasGlyphForCodePoint(code))));
    return ok;
  };
  // Combining marks, variation selectors and zero-width joiners are left to the shaper; ASCII is always covered.
  return (text) => base(text).replace(/[^\u0000-\u007f\u0300-\u036f\ufe00-\ufe0f\u200b-\u200d]/gu, (c) => (covered(c) ? c : MISSING_GLYPH));
}
