import { ownEntry } from "@/lib/input/own-entry";
import { ImportError } from "./errors";

export type FileKind = "text" | "markdown" | "html" | "docx";

const BY_EXTENSION: Record<string, FileKind> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
};

const BY_TYPE: Record<string, FileKind> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

const UNSUPPORTED_HINT: Record<string, string> = {
  pdf: "For a PDF, select the article text in your PDF reader, copy it and paste it into Factdesk.",
  doc: "This is an old Word file: open it in Word and save it as .docx, then import that.",
  rtf: "Open it in your word processor and save it as .docx, then import that.",
  odt: "Open it in your word processor and save it as .docx, then import that.",
};

/**
 * What kind of file this is, by its extension, else its content type, else its first bytes. Files Factdesk cannot
 * read are refused with a message saying what to do instead.
 */
export function fileKind(name: string, contentType: string | undefined, bytes: Uint8Array): FileKind {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  const mime = (contentType ?? "").split(";")[0].trim().toLowerCase();
  const kind = ownEntry(BY_EXTENSION, extension) ?? ownEntry(BY_TYPE, mime);
  if (kind) return kind;
  if (!extension && (!mime || mime === "application/octet-stream")) {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "docx"; // "PK": a zip, which a .docx is
    return /^\s*<(!doctype html|html|head|body)\b/i.test(new TextDecoder().decode(bytes.subarray(0, 512))) ? "html" : "text";
  }
  const label = extension ? `.${extension} files` : `files of type ${mime}`;
  throw new ImportError(
    "UNSUPPORTED_TYPE",
    `Factdesk cannot import ${label}; it imports .txt, .md, .html and .docx. ${ownEntry(UNSUPPORTED_HINT, extension) ?? "Copy the article text and paste it instead."}`,
  );
}
