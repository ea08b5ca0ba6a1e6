import type { DocNode } from "@/lib/articles/doc-text";
import type { RemovedBlock } from "./types";
import { boilerplateReason } from "./text/boilerplate";

/** The plain text of a block and everything inside it (hard breaks as spaces), for comparisons and reports. */
export function blockText(node: DocNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  return (node.content ?? []).map(blockText).join(node.type === "paragraph" || node.type === "heading" ? "" : " ");
}

/** A comparison key: lowercase letters and digits only, so punctuation and spacing differences do not matter. */
export function comparisonKey(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * Drops a first heading that repeats the title. The title lives in `ImportedArticle.title` (the editor shows it
 * above the body), so keeping it as the first block too would show it twice. "Headline | Site" titles count as
 * repeated by their headline part.
 */
export function dropTitleHeading(blocks: DocNode[], title: string, removed: RemovedBlock[]): DocNode[] {
  const first = blocks[0];
  if (!first || first.type !== "heading" || !title) return blocks;
  const heading = comparisonKey(blockText(first));
  const key = comparisonKey(title);
  if (!heading || !(key === heading || key.startsWith(`${heading} `))) return blocks;
  removed.push({ text: blockText(first), reason: "duplicate title" });
  return blocks.slice(1);
}

/** Drops top-level paragraphs and headings that are known site furniture ("Advertisement", "Click to comment"). */
export function dropBoilerplateBlocks(blocks: DocNode[], removed: RemovedBlock[]): DocNode[] {
  return blocks.filter((block) => {
    if (block.type !== "paragraph" && block.type !== "heading") return true;
    const text = blockText(block);
    const reason = boilerplateReason(text);
    if (reason) removed.push({ text, reason });
    return reason === null;
  });
}
