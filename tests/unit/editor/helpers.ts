import { Editor, type JSONContent } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { ClaimHighlights, type ClaimHighlightsOptions } from "@/components/editor/claim-highlights";

export function paragraph(text: string): JSONContent {
  return { type: "paragraph", content: text ? [{ type: "text", text }] : [] };
}

export function docOf(...paragraphs: string[]): JSONContent {
  return { type: "doc", content: paragraphs.map(paragraph) };
}

/** A real Tiptap editor mounted in a jsdom element, as the article viewer builds it. */
export function makeEditor(content: JSONContent, options: Partial<ClaimHighlightsOptions> = {}): Editor {
  const element = document.createElement("div");
  document.body.appendChild(element);
  return new Editor({
    element,
    content,
    extensions: [StarterKit.configure({ trailingNode: false }), ClaimHighlights.configure(options)],
  });
}

/** The text a claim's highlight spans cover, in document order. */
export function highlightedText(editor: Editor, id: string): string {
  return spansOf(editor, id)
    .map((el) => el.textContent)
    .join("");
}

export function spansOf(editor: Editor, id: string): HTMLElement[] {
  return Array.from(editor.view.dom.querySelectorAll<HTMLElement>("[data-claim-id]")).filter(
    (el) => el.getAttribute("data-claim-id") === id,
  );
}
