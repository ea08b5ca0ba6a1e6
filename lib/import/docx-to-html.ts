import mammoth from "mammoth";
import { ImportError } from "./errors";

/**
 * Converts a .docx to HTML with mammoth (Word's Title and Heading styles become h1–h6). Images are not converted:
 * the article text is what Factdesk needs, and inlined images would only bloat the HTML. A file that is not a
 * readable .docx (corrupt, encrypted, renamed) is refused as UNREADABLE.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Word's Title style is the headline; mammoth's default map leaves it a plain paragraph.
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"],
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
        externalFileAccess: false,
      },
    );
    const unknownStyles = result.messages.some((m) => m.type === "warning" && /unrecognised|unrecognized/i.test(m.message));
    return {
      html: result.value,
      warnings: unknownStyles ? ["Some Word styles were not recognised; check headings and lists in the imported text."] : [],
    };
  } catch (error) {
    throw new ImportError(
      "UNREADABLE",
      "Factdesk could not read this Word file; it may be damaged or password-protected. Open it in Word, save it again as .docx, and retry.",
      { cause: error },
    );
  }
}
