import { docToText, type DocNode } from "@/lib/articles/doc-text";
import { emptyImport, tooLongArticle } from "./errors";
import { fallbackTitle } from "./fallback-title";
import { MAX_ARTICLE_CHARS } from "./limits";
import { findLostCharacters } from "./lost-characters";
import type { ImportedArticle, RemovedBlock, TextRepair } from "./types";

export type ArticleDraft = {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  language: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  blocks: DocNode[];
  removed: RemovedBlock[];
  repairs: TextRepair[];
  warnings: string[];
  /** Which empty-input message fits if nothing is left. */
  emptyAs: "input" | "page" | "file";
};

const MAX_TITLE = 300;
const oneLine = (value: string | null): string | null => {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text ? text : null;
};

/** Builds the final article from a draft: the document, its text (the one claims anchor into), limits and flags. */
export function finishArticle(draft: ArticleDraft): ImportedArticle {
  const doc: DocNode = { type: "doc", content: draft.blocks };
  const text = docToText(doc).text;
  if (!text.trim()) throw emptyImport(draft.emptyAs);
  if (text.length > MAX_ARTICLE_CHARS) throw tooLongArticle(text.length);
  const warnings = [...draft.warnings];
  let title = oneLine(draft.title);
  if (!title) {
    title = fallbackTitle(text);
    warnings.push("The text has no headline, so its first sentence was used as the title. Check the title.");
  }
  if (title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE - 1).replace(/\s+\S*$/, "")}…`;
  if (findLostCharacters(title).length > 0) {
    warnings.push("A character of the title was lost in the source (shown as â or \ufffd). Check the title.");
  }
  const flags = findLostCharacters(text);
  if (flags.length > 0) {
    warnings.push(`${flags.length} spot${flags.length === 1 ? "" : "s"} in the text lost a character in the source; they are marked for checking.`);
  }
  return {
    title,
    byline: oneLine(draft.byline),
    publishedAt: draft.publishedAt,
    language: oneLine(draft.language),
    siteName: oneLine(draft.siteName),
    sourceUrl: draft.sourceUrl,
    doc,
    text,
    report: { removed: draft.removed, repairs: draft.repairs, flags, warnings },
  };
}
