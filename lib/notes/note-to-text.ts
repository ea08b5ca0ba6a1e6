import type { NoteBlock, NoteDoc, NoteInline } from "./note-schema";

function inlineText(content: readonly NoteInline[] | undefined): string {
  return (content ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

function blockLines(block: NoteBlock, indent: string): string[] {
  if (block.type === "paragraph") return [indent + inlineText(block.content)];
  const start = block.type === "orderedList" ? (block.attrs?.start ?? 1) : 1;
  return block.content.flatMap((item, index) => {
    const marker = block.type === "orderedList" ? `${start + index}. ` : "- ";
    const lines = item.content.flatMap((child) => blockLines(child, indent + "  "));
    // The item's first line carries the marker in place of its indentation.
    if (lines.length > 0) lines[0] = indent + marker + lines[0].slice(indent.length + 2);
    return lines;
  });
}

/** A note as plain text (for excerpts, search and CSV): one line per paragraph, list items marked "- " or "1. ". */
export function noteToText(doc: NoteDoc): string {
  return doc.content.flatMap((block) => blockLines(block, "")).join("\n");
}
