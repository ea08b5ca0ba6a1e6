import type { DocNode } from "@/lib/articles/doc-text";
import { InlineBuffer, NO_MARKS, type InlineMarks } from "./inline-buffer";
import { safeHref } from "./safe-href";

/** Elements dropped with everything inside them: active content, embeds, media, forms and page furniture. */
const DROPPED = new Set(
  ("script style noscript template iframe frame frameset object embed applet form input button select option " +
    "textarea svg math img picture source track video audio canvas map area head meta link base title dialog nav")
    .split(" "),
);

const INLINE = new Set(
  ("a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q s samp small span strike strong sub sup " +
    "time tt u var wbr big acronym").split(" "),
);

export type BlockContext = {
  /** Address relative links are resolved against; null keeps only absolute links. */
  baseUrl: string | null;
};

/**
 * Converts an element's content to Tiptap blocks by a whitelist walk. Only headings, paragraphs, lists, blockquotes,
 * hard breaks and bold/italic/link text come out; other elements are unwrapped to their text or (DROPPED) removed.
 * Nothing from the source passes through as markup or attributes except a checked link href, so no script, event
 * handler or javascript: URL can reach the editor.
 */
export function htmlToBlocks(root: Element, context: BlockContext): DocNode[] {
  const out: DocNode[] = [];
  walkBlocks(root, out, context);
  return out;
}

function walkBlocks(parent: Element, out: DocNode[], context: BlockContext): void {
  const inline = new InlineBuffer();
  const flush = () => {
    for (const content of inline.takeParagraphs()) out.push({ type: "paragraph", content });
  };
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 3) {
      inline.addText(child.textContent ?? "", NO_MARKS);
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions
    const el = child as Element;
    const tag = el.localName;
    if (DROPPED.has(tag) || el.getAttribute("hidden") !== null) continue;
    if (tag === "br") {
      inline.addBreak();
    } else if (INLINE.has(tag) && !hasBlockDescendant(el)) {
      walkInline(el, inline, NO_MARKS, context);
    } else {
      flush();
      blockElement(el, tag, out, context);
    }
  }
  flush();
}

function blockElement(el: Element, tag: string, out: DocNode[], context: BlockContext): void {
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const level = Number(heading[1]);
    // A heading is one line: its breaks become spaces rather than splitting it.
    const buffer = new InlineBuffer();
    walkInline(el, buffer, NO_MARKS, context);
    const content = buffer.takeLine();
    if (content.length > 0) out.push({ type: "heading", attrs: { level }, content });
  } else if (tag === "p") {
    const buffer = new InlineBuffer();
    walkInline(el, buffer, NO_MARKS, context);
    for (const content of buffer.takeParagraphs()) out.push({ type: "paragraph", content });
  } else if (tag === "pre") {
    // Preformatted text keeps its lines as hard breaks (its spacing is not kept: this is prose, not code).
    const buffer = new InlineBuffer();
    (el.textContent ?? "").split("\n").forEach((line, i) => {
      if (i > 0) buffer.addBreak();
      buffer.addText(line, NO_MARKS);
    });
    for (const content of buffer.takeParagraphs()) out.push({ type: "paragraph", content });
  } else if (tag === "ul" || tag === "ol") {
    const list = listOf(el, tag === "ol", context);
    if (list) out.push(list);
  } else if (tag === "blockquote") {
    const inner: DocNode[] = [];
    walkBlocks(el, inner, context);
    if (inner.length > 0) out.push({ type: "blockquote", content: inner });
  } else {
    walkBlocks(el, out, context); // div, section, article, figure, table, li outside a list…: unwrapped
  }
}

function walkInline(el: Element, buffer: InlineBuffer, marks: InlineMarks, context: BlockContext): void {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      buffer.addText(child.textContent ?? "", marks);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const node = child as Element;
    const tag = node.localName;
    if (DROPPED.has(tag) || node.getAttribute("hidden") !== null) continue;
    if (tag === "br") {
      buffer.addBreak();
    } else if (INLINE.has(tag)) {
      walkInline(node, buffer, marksOf(node, tag, marks, context), context);
    } else {
      // A block inside inline content ("<h2><div>a</div><div>b</div></h2>"): keep its words apart from the next ones.
      buffer.addText(" ", marks);
      walkInline(node, buffer, marks, context);
      buffer.addText(" ", marks);
    }
  }
}

function marksOf(el: Element, tag: string, marks: InlineMarks, context: BlockContext): InlineMarks {
  if (tag === "b" || tag === "strong") return { ...marks, bold: true };
  if (tag === "i" || tag === "em") return { ...marks, italic: true };
  if (tag === "a") return { ...marks, href: safeHref(el.getAttribute("href"), context.baseUrl) };
  return marks;
}

const BLOCK_SELECTOR = "p,div,h1,h2,h3,h4,h5,h6,ul,ol,li,blockquote,section,article,table,figure,header,footer,aside,main,pre";

function hasBlockDescendant(el: Element): boolean {
  return el.querySelector(BLOCK_SELECTOR) !== null;
}

function listOf(el: Element, ordered: boolean, context: BlockContext): DocNode | null {
  const items: DocNode[] = [];
  for (const child of Array.from(el.children)) {
    if (DROPPED.has(child.localName)) continue;
    const blocks: DocNode[] = [];
    // A stray element directly inside the list is treated as an item of its own.
    if (child.localName === "li") walkBlocks(child, blocks, context);
    else blockElement(child, child.localName, blocks, context);
    items.push(...toListItems(blocks));
  }
  if (items.length === 0) return null;
  if (!ordered) return { type: "bulletList", content: items };
  const start = Number.parseInt(el.getAttribute("start") ?? "1", 10);
  return { type: "orderedList", attrs: { start: Number.isFinite(start) ? start : 1 }, content: items };
}

/** Tiptap's listItem must open with a paragraph: a leading heading becomes one; a leading list is lifted up a level. */
function toListItems(blocks: DocNode[]): DocNode[] {
  if (blocks.length === 0) return [];
  const [first, ...rest] = blocks;
  if (first.type === "paragraph") return [{ type: "listItem", content: blocks }];
  if (first.type === "heading") return [{ type: "listItem", content: [{ type: "paragraph", content: first.content }, ...rest] }];
  if (first.type === "bulletList" || first.type === "orderedList") return [...(first.content ?? []), ...toListItems(rest)];
  if (first.type === "blockquote") return toListItems([...(first.content ?? []), ...rest]);
  return toListItems(rest);
}
