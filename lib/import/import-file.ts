import { decodeBytes } from "./decode-bytes";
import { docxToHtml } from "./docx-to-html";
import { ImportError, emptyImport, tooLargeBytes } from "./errors";
import { fileKind } from "./file-kind";
import { importHtml } from "./import-html";
import { importPlainText } from "./import-text";
import { MAX_IMPORT_BYTES } from "./limits";
import { markdownToHtml } from "./markdown-to-html";
import type { ImportedArticle } from "./types";

/** Imports an uploaded .txt, .md, .html/.htm or .docx file. */
export async function importFile(name: string, bytes: Uint8Array, contentType?: string): Promise<ImportedArticle> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLargeBytes(bytes.byteLength, "file");
  if (bytes.byteLength === 0) throw emptyImport("file");
  const kind = fileKind(name, contentType, bytes);
  if (kind === "docx") {
    const { html, warnings } = await docxToHtml(bytes);
    return importHtml({ html, url: null, wholePage: false, warnings, emptyAs: "file" });
  }
  const decoded = decodeBytes(bytes, { contentType, html: kind === "html" });
  if (/\u0000/.test(decoded.text)) {
    throw new ImportError("UNREADABLE", `"${name}" does not contain text Factdesk can read. Check that you chose the right file.`);
  }
  if (kind === "html") return importHtml({ html: decoded.text, url: null, warnings: decoded.warnings, emptyAs: "file" });
  if (kind === "markdown") {
    const html = await markdownToHtml(decoded.text);
    return importHtml({ html, url: null, wholePage: false, warnings: decoded.warnings, emptyAs: "file" });
  }
  return importPlainText(decoded.text, { warnings: decoded.warnings, emptyAs: "file" });
}
