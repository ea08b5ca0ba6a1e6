import type { Editor } from "@tiptap/core";
import type { EditorView } from "@tiptap/pm/view";
import { useEffect, useRef } from "react";
import { selectionToTextRange } from "./claim-text";

export type TextRange = { start: number; end: number };
export type SelectTextHandler = (range: TextRange | null, rect: DOMRect | null) => void;

/** Screen rectangle around a document range, or null where there is no layout (jsdom, a hidden viewer). */
function rangeRect(view: EditorView, from: number, to: number): DOMRect | null {
  if (typeof DOMRect !== "function") return null;
  try {
    const a = view.coordsAtPos(from, 1);
    const b = view.coordsAtPos(to, -1);
    const left = Math.min(a.left, b.left);
    const top = Math.min(a.top, b.top);
    return new DOMRect(left, top, Math.max(a.right, b.right) - left, Math.max(a.bottom, b.bottom) - top);
  } catch {
    return null;
  }
}

function domSelectionInside(view: EditorView): boolean {
  const selection = view.dom.ownerDocument.getSelection();
  return !!selection && !selection.isCollapsed && view.dom.contains(selection.anchorNode) && view.dom.contains(selection.focusNode);
}

/**
 * Reports the selected plain-text range (and where it is on screen) when a mouse or key gesture ends, and
 * reports null once the selection collapses or leaves the article, so the page can show or hide its toolbar.
 */
export function useTextSelection(editor: Editor | null, onSelectText: SelectTextHandler): void {
  const handler = useRef(onSelectText);
  useEffect(() => {
    handler.current = onSelectText;
  }, [onSelectText]);

  useEffect(() => {
    if (!editor) return;
    const view = editor.view;
    const doc = view.dom.ownerDocument;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reportedNothing = true;

    const report = () => {
      if (editor.isDestroyed) return;
      const range = domSelectionInside(view) ? selectionToTextRange(editor.state) : null;
      if (!range && reportedNothing) return; // say "nothing selected" once, not on every click
      reportedNothing = !range;
      handler.current(range, range ? rangeRect(view, editor.state.selection.from, editor.state.selection.to) : null);
    };
    // ProseMirror reads the DOM selection on `selectionchange`, which the browser fires after mouseup/keyup:
    // wait a tick so editor.state holds the finished selection.
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(report, 0);
    };
    // Only clearing is tracked continuously: showing the toolbar mid-drag would make it jump about.
    const onSelectionChange = () => {
      if (!reportedNothing && !domSelectionInside(view)) later();
    };

    view.dom.addEventListener("mouseup", later);
    view.dom.addEventListener("keyup", later);
    doc.addEventListener("selectionchange", onSelectionChange);
    return () => {
      clearTimeout(timer);
      view.dom.removeEventListener("mouseup", later);
      view.dom.removeEventListener("keyup", later);
      doc.removeEventListener("selectionchange", onSelectionChange);
    };
  }, [editor]);
}
