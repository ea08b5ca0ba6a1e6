import { Readability } from "@mozilla/readability";
import type { DocNode } from "@/lib/articles/doc-text";
import { blockText, dropBoilerplateBlocks, dropTitleHeading } from "../blocks";
import { normalizeDate } from "../dates";
import { isBodyParagraph, isHeadingLike } from "../text/line-shapes";
import type { RemovedBlock } from "../types";
import { htmlToBlocks } from "./html-to-blocks";
import { readPageMetadata } from "./page-metadata";
import { parseHtml } from "./parse-html";

export type HtmlArticle = {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  language: string | null;
  siteName: string | null;
  blocks: DocNode[];
  removed: RemovedBlock[];
  warnings: string[];
};

const clean = (value: string | null | undefined): string | null => {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text ? text : null;
};

/**
 * Extracts the article from HTML. A whole page goes through Readability, which drops navigation, ads, share
 * widgets, related stories and comments; a fragment (pasted selection, converted .docx or Markdown) is the article
 * already and is converted as it is. Metadata falls back to meta tags and JSON-LD where Readability finds none.
 */
export function extractHtmlArticle(html: string, options: { url: string | null; wholePage: boolean }): HtmlArticle {
  const doc = parseHtml(html, options.url);
  const meta = readPageMetadata(doc); // before Readability, which rewrites the document
  const warnings: string[] = [];
  let root: Element = doc.body;
  let found: ReturnType<Readability<Node>["parse"]> = null;
  if (options.wholePage) {
    found = new Readability<Node>(doc, { serializer: (node) => node }).parse();
    if (found?.content && found.content.nodeType === 1) root = found.content as Element;
    else warnings.push("Factdesk could not tell the article from the rest of the page, so the whole page was imported: remove any leftover menus or links.");
  }
  const removed: RemovedBlock[] = [];
  let blocks = htmlToBlocks(root, { baseUrl: doc.URL.startsWith("http") ? doc.URL : null });
  let title = clean(found?.title) ?? meta.title ?? (blocks[0]?.type === "heading" ? blockText(blocks[0]) : null);
  if (!title && !options.wholePage && startsWithPlainHeadline(blocks)) {
    // A document typed with its headline as a plain first line (common in Word): that line is the title.
    title = blockText(blocks[0]);
    removed.push({ text: title, reason: "headline (moved to the title field)" });
    blocks = blocks.slice(1);
  }
  blocks = shiftHeadings(dropBoilerplateBlocks(dropTitleHeading(blocks, title ?? "", removed), removed));
  return {
    title,
    byline: clean(found?.byline) ?? meta.byline,
    publishedAt: normalizeDate(found?.publishedTime) ?? meta.publishedAt,
    language: clean(found?.lang) ?? meta.language,
    siteName: clean(found?.siteName) ?? meta.siteName,
    blocks,
    removed,
    warnings,
  };
}

/** A short first line without sentence punctuation or line breaks, followed by a paragraph of running text. */
function startsWithPlainHeadline(blocks: DocNode[]): boolean {
  const [first, second] = blocks;
  if (first?.type !== "paragraph" || second?.type !== "paragraph") return false;
  if (first.content?.some((n) => n.type === "hardBreak")) return false;
  return isHeadingLike(blockText(first)) && isBodyParagraph(blockText(second));
}

/** A body that still has level-1 headings is moved one level down, so that it sits below the article title. */
function shiftHeadings(blocks: DocNode[]): DocNode[] {
  const hasLevelOne = (nodes: DocNode[]): boolean =>
    nodes.some((n) => (n.type === "heading" && n.attrs?.level === 1) || hasLevelOne(n.content ?? []));
  if (!hasLevelOne(blocks)) return blocks;
  const shift = (node: DocNode): DocNode =>
    node.type === "heading"
      ? { ...node, attrs: { ...node.attrs, level: Math.min(6, Number(node.attrs?.level ?? 1) + 1) } }
      : node.content && node.type !== "paragraph"
        ? { ...node, content: node.content.map(shift) }
        : node;
  return blocks.map(shift);
}
