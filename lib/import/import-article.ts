import { defaultFetchUrl } from "./default-fetch-url";
import { tooLargeBytes } from "./errors";
import { importFile } from "./import-file";
import { importHtml } from "./import-html";
import { importPlainText } from "./import-text";
import { importUrl, parseHttpUrl } from "./import-url";
import { MAX_IMPORT_BYTES } from "./limits";
import type { ImportedArticle, ImportInput, ImportOptions } from "./types";

function checkSize(text: string, what: "pasted text" | "page"): void {
  // Cheap bound first: a string of n UTF-16 units is at most 3n UTF-8 bytes.
  if (text.length * 3 <= MAX_IMPORT_BYTES) return;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_IMPORT_BYTES) throw tooLargeBytes(bytes, what);
}

/**
 * Turns pasted text, pasted or saved HTML, an uploaded file or a web address into a clean article: a Tiptap document,
 * its plain text (what claims anchor into), metadata, and a report of what was removed, repaired and flagged.
 * Throws ImportError with an editor-facing message when the input cannot be imported.
 */
export async function importArticle(input: ImportInput, options: ImportOptions = {}): Promise<ImportedArticle> {
  switch (input.kind) {
    case "text":
      checkSize(input.text, "pasted text");
      return importPlainText(input.text, { emptyAs: "input" });
    case "html":
      checkSize(input.html, "page");
      return importHtml({ html: input.html, url: input.url ? parseHttpUrl(input.url).href : null, emptyAs: "page" });
    case "file":
      return importFile(input.name, input.bytes, input.contentType);
    case "url":
      return importUrl(input.url, options.fetchUrl ?? defaultFetchUrl);
  }
}
