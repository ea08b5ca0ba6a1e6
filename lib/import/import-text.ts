import { finishArticle } from "./finish-article";
import { importHtml } from "./import-html";
import { looksLikeHtml } from "./looks-like-html";
import { prepareSource } from "./text/normalize";
import { plainTextArticle } from "./text/plain-text-article";
import type { ImportedArticle } from "./types";

/** Imports pasted or uploaded plain text; text that is really markup (pasted HTML) takes the HTML path. */
export function importPlainText(raw: string, options: { warnings?: string[]; emptyAs: "input" | "file" }): ImportedArticle {
  if (looksLikeHtml(raw)) return importHtml({ html: raw, url: null, warnings: options.warnings, emptyAs: options.emptyAs });
  const { text, repairs } = prepareSource(raw);
  const article = plainTextArticle(text);
  return finishArticle({
    ...article,
    language: null,
    siteName: null,
    sourceUrl: null,
    repairs,
    warnings: options.warnings ?? [],
    emptyAs: options.emptyAs,
  });
}
