import type { DocNode } from "./doc-text";

/** A Tiptap document of plain paragraphs (and optional headings marked with a leading "## "). */
export function paragraphsToDoc(paragraphs: string[]): DocNode {
  return {
    type: "doc",
    content: paragraphs.map((paragraph) =>
      paragraph.startsWith("## ")
        ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: paragraph.slice(3) }] }
        : { type: "paragraph", content: [{ type: "text", text: paragraph }] },
    ),
  };
}
