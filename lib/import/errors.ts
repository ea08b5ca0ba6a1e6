import { MAX_ARTICLE_CHARS, MAX_IMPORT_BYTES } from "./limits";

export type ImportErrorCode = "EMPTY" | "TOO_LARGE" | "UNREADABLE" | "UNSUPPORTED_TYPE" | "FETCH_FAILED" | "INVALID_URL";

/** An import that cannot go on; `message` is written for the editor and says what to do instead. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ImportError";
    this.code = code;
  }
}

/** "7.2 MB": one decimal, binary megabytes, the way file browsers show sizes. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

export function tooLargeBytes(bytes: number, what: "file" | "page" | "pasted text"): ImportError {
  const subject = what === "pasted text" ? "The pasted text is" : `The ${what} is`;
  return new ImportError(
    "TOO_LARGE",
    `${subject} ${formatMegabytes(bytes)}; Factdesk imports ${what === "page" ? "pages" : "files"} up to ${formatMegabytes(MAX_IMPORT_BYTES)}.`,
  );
}

export function tooLongArticle(chars: number): ImportError {
  return new ImportError(
    "TOO_LARGE",
    `The article text is ${chars.toLocaleString("en-US")} characters long; Factdesk imports articles up to ` +
      `${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters. Split it into parts and import each one.`,
  );
}

export function emptyImport(where: "input" | "page" | "file"): ImportError {
  const messages = {
    input: "There is no text to import. Paste the article text, or choose a file.",
    page: "Factdesk found no article text on this page. Copy the article text from your browser and paste it instead.",
    file: "The file has no text in it. Check that you chose the right file.",
  } as const;
  return new ImportError("EMPTY", messages[where]);
}
