import { finishArticle } from "./finish-article";
import { extractHtmlArticle } from "./html/extract-html-article";
import { isWholeDocument } from "./looks-like-html";
import { prepareSource } from "./text/normalize";
import type { ImportedArticle } from "./types";

export type HtmlSource = {
  html: string;
  url: string | null;
  /** Fragments (a pasted selection, converted .docx or Markdown) are all article; whole pages get Readability. */
  wholePage?: boolean;
  warnings?: string[];
  emptyAs: "input" | "page" | "file";
};

/** Imports HTML: mojibake repaired on the source, the article extracted, converted by whitelist and finished. */
export function importHtml(source: HtmlSource): ImportedArticle {
  const { text: html, repairs } = prepareSource(source.html);
  const article = extractHtmlArticle(html, { url: source.url, wholePage: source.wholePage ?? isWholeDocument(html) });
  let siteName = article.siteName;
  if (!siteName && source.url) siteName = new URL(source.url).hostname.replace(/^www\./, "");
  return finishArticle({
    ...article,
    siteName,
    sourceUrl: source.url,
    repairs,
    warnings: [...(source.warnings ?? []), ...article.warnings],
    emptyAs: source.emptyAs,
  });
}
