import type { DocNode } from "@/lib/articles/doc-text";
import type { RemovedBlock } from "../types";
import { markCaptions, markDuplicateList, markFooter, markPatterns, markRelatedLinks, type Reasons } from "./chrome-rules";
import { isHeadingLike } from "./line-shapes";
import { readHead } from "./read-head";
import { splitUnits, type Unit } from "./units";

export type PlainTextArticle = {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  blocks: DocNode[];
  removed: RemovedBlock[];
};

/**
 * Turns pasted or scraped plain text into article blocks, removing site chrome by general rules (known furniture
 * phrases, link lists, a table of contents repeated from the body, image labels, navigation above the headline,
 * the footer below the last paragraph). Every dropped line is listed in `removed` with its reason, so nothing
 * disappears silently; lines of running text are never dropped by position alone.
 */
export function plainTextArticle(text: string): PlainTextArticle {
  const units = splitUnits(text);
  const reasons: Reasons = new Map();
  markPatterns(units, reasons);
  markRelatedLinks(units, reasons);
  markDuplicateList(units, reasons);
  const head = readHead(units, reasons);
  markCaptions(units, reasons);
  markFooter(units, reasons);
  const removed = [...reasons.entries()].sort(([a], [b]) => a - b).map(([i, reason]) => ({ text: units[i].text, reason }));
  const body = units.filter((_, i) => !reasons.has(i) && i !== head.titleIndex);
  return {
    title: head.titleIndex === null ? null : units[head.titleIndex].text,
    byline: head.byline,
    publishedAt: head.publishedAt,
    blocks: toBlocks(body),
    removed,
  };
}

/** Lines become paragraphs, short heading-like lines level-2 headings, and runs of bulleted lines one bullet list. */
function toBlocks(units: Unit[]): DocNode[] {
  const blocks: DocNode[] = [];
  for (const unit of units) {
    const content = [{ type: "text", text: unit.text }];
    if (unit.bullet) {
      const item: DocNode = { type: "listItem", content: [{ type: "paragraph", content }] };
      const last = blocks[blocks.length - 1];
      if (last?.type === "bulletList") last.content?.push(item);
      else blocks.push({ type: "bulletList", content: [item] });
    } else if (isHeadingLike(unit.text)) {
      blocks.push({ type: "heading", attrs: { level: 2 }, content });
    } else {
      blocks.push({ type: "paragraph", content });
    }
  }
  return blocks;
}
