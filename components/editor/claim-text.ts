import type { Node as PMNode } from "@tiptap/pm/model";
import type { EditorState } from "@tiptap/pm/state";
import { docToText, posToTextOffset, type DocNode, type DocText } from "@/lib/articles/doc-text";

// ProseMirror documents are immutable, so a doc instance always has the same text: derive it once per doc.
// A WeakMap lets old documents (and their text) be collected once no state holds them.
const docTexts = new WeakMap<PMNode, DocText>();

/** The plain text of a ProseMirror document and its offset map, exactly as the server derives it. */
export function docTextOf(doc: PMNode): DocText {
  let map = docTexts.get(doc);
  if (!map) {
    map = docToText(doc.toJSON() as DocNode);
    docTexts.set(doc, map);
  }
  return map;
}

/** Plain-text offsets of the current selection, or null when nothing (or only whitespace) is selected. */
export function selectionToTextRange(state: EditorState): { start: number; end: number } | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const map = docTextOf(state.doc);
  const start = posToTextOffset(map, from);
  const end = posToTextOffset(map, to);
  // A selection of nothing but whitespace (say, across a paragraph break) is not something to make a claim of.
  return end > start && map.text.slice(start, end).trim() !== "" ? { start, end } : null;
}
