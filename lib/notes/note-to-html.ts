import { isHttpUrl } from "./is-http-url";
import type { NoteBlock, NoteDoc, NoteInline } from "./note-schema";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function inlineHtml(node: NoteInline): string {
  if (node.type === "hardBreak") return "<br>";
  let html = escapeHtml(node.text);
  // Marks are applied innermost first, so the first mark in the list becomes the outermost element.
  for (const mark of [...(node.marks ?? [])].reverse()) {
    if (mark.type === "bold") html = `<strong>${html}</strong>`;
    else if (mark.type === "italic") html = `<em>${html}</em>`;
    // Re-checked here too: a value typed as NoteDoc may not have gone through parseNote.
    else if (isHttpUrl(mark.attrs.href)) {
      html = `<a href="${escapeHtml(mark.attrs.href)}" rel="noopener noreferrer nofollow">${html}</a>`;
    }
  }
  return html;
}

function blockHtml(block: NoteBlock): string {
  if (block.type === "paragraph") return `<p>${(block.content ?? []).map(inlineHtml).join("")}</p>`;
  const items = block.content.map((item) => `<li>${item.content.map(blockHtml).join("")}</li>`).join("");
  if (block.type === "bulletList") return `<ul>${items}</ul>`;
  const start = block.attrs?.start;
  return start !== undefined && start !== 1 ? `<ol start="${Math.trunc(start)}">${items}</ol>` : `<ol>${items}</ol>`;
}

/** A note as safe HTML for exports: every text and attribute escaped, only http(s) links, links marked nofollow. */
export function noteToHtml(doc: NoteDoc): string {
  return doc.content.map(blockHtml).join("");
}
