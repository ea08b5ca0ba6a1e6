import type { DocNode } from "@/lib/articles/doc-text";

/** What the editor handed us: pasted text (or pasted HTML), an HTML string, an uploaded file, or a web address. */
export type ImportInput =
  | { kind: "text"; text: string }
  | { kind: "html"; html: string; url?: string }
  | { kind: "file"; name: string; bytes: Uint8Array; contentType?: string }
  | { kind: "url"; url: string };

export type FetchedPage = { body: Uint8Array; contentType: string | null; finalUrl: string };
export type FetchUrl = (url: string) => Promise<FetchedPage>;

export type ImportOptions = {
  /** How a web address is fetched; injected so that tests (and callers with their own fetch policy) never hit the network. */
  fetchUrl?: FetchUrl;
};

export type RemovedBlock = { text: string; reason: string };
export type TextRepair = { from: string; to: string; count: number };
/** A spot in `text` (UTF-16 offsets) that the editor should check, e.g. a character lost in the source. */
export type TextFlag = { start: number; end: number; reason: string };

export type ImportReport = {
  removed: RemovedBlock[];
  repairs: TextRepair[];
  flags: TextFlag[];
  warnings: string[];
};

export type ImportedArticle = {
  title: string;
  byline: string | null;
  /** ISO 8601: a date ("2025-11-26") or a date-time with an offset. */
  publishedAt: string | null;
  language: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  doc: DocNode;
  /** Always `docToText(doc).text`: claims anchor into it. */
  text: string;
  report: ImportReport;
};
