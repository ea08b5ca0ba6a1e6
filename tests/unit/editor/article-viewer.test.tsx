/** @jest-environment jsdom */
import type { Editor } from "@tiptap/core";
import { act } from "react";
import { ArticleViewer, type ArticleViewerProps } from "@/components/editor/article-viewer";
import { claimHighlightsKey, docTextOf, type ClaimHighlight } from "@/components/editor/claim-highlights";
import type { DocNode } from "@/lib/articles/doc-text";
import { mount, type Mounted } from "./react-harness";

const doc: DocNode = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Budget row" }] },
    { type: "paragraph", content: [{ type: "text", text: "The council said spending rose by 12 percent." }] },
    { type: "paragraph", content: [{ type: "text", text: "Auditors put the rise at 9 percent." }] },
  ],
};
const text = "Budget row\n\nThe council said spending rose by 12 percent.\n\nAuditors put the rise at 9 percent.";

function claim(phrase: string, id: string, status: ClaimHighlight["status"] = "UNREVIEWED"): ClaimHighlight {
  const start = text.indexOf(phrase);
  return { id, start, end: start + phrase.length, status };
}

function textOf(container: HTMLElement, id: string): string {
  return Array.from(container.querySelectorAll("[data-claim-id]"))
    .filter((el) => el.getAttribute("data-claim-id") === id)
    .map((el) => el.textContent)
    .join("");
}

function editorIn(container: HTMLElement): Editor {
  // Tiptap hangs the editor on its root element; the viewer exposes no other handle.
  const dom = container.querySelector<HTMLElement & { editor?: Editor }>(".ProseMirror");
  if (!dom?.editor) throw new Error("editor not mounted");
  return dom.editor;
}

describe("ArticleViewer", () => {
  let view: Mounted;
  const base: ArticleViewerProps = {
    doc,
    claims: [claim("spending rose by 12 percent", "a", "DISPUTED"), claim("9 percent", "b", "VERIFIED")],
    activeClaimId: null,
    onClaimClick: () => {},
    onSelectText: () => {},
  };
  afterEach(async () => view?.unmount());

  it("renders the read-only article with its claims highlighted", async () => {
    view = await mount(<ArticleViewer {...base} />);
    const article = view.container.querySelector('[aria-label="Article text"]');
    expect(article?.getAttribute("role")).toBe("article");
    expect(article?.getAttribute("contenteditable")).toBe("false");
    expect(docTextOf(editorIn(view.container).state.doc).text).toBe(text);
    expect(textOf(view.container, "a")).toBe("spending rose by 12 percent");
    expect(textOf(view.container, "b")).toBe("9 percent");
    expect(view.container.querySelector('[data-claim-id="a"]')?.getAttribute("data-status")).toBe("DISPUTED");
  });

  it("applies only what changed when the claims prop changes", async () => {
    view = await mount(<ArticleViewer {...base} />);
    const editor = editorIn(view.container);
    const specOfB = () => claimHighlightsKey.getState(editor.state)!.decorations.find(undefined, undefined, (s: { claimId?: string }) => s.claimId === "b")[0].spec;
    const before = specOfB();
    await view.render(<ArticleViewer {...base} claims={[{ ...base.claims[0], status: "VERIFIED" }, base.claims[1], claim("Auditors", "c")]} />);
    expect(view.container.querySelector('[data-claim-id="a"]')?.getAttribute("data-status")).toBe("VERIFIED");
    expect(textOf(view.container, "c")).toBe("Auditors");
    expect(specOfB()).toBe(before); // untouched claim: same decoration
    await view.render(<ArticleViewer {...base} claims={[base.claims[1]]} />);
    expect(textOf(view.container, "a")).toBe("");
    expect(textOf(view.container, "c")).toBe("");
    expect(specOfB()).toBe(before);
  });

  it("reports claims that do not fit the text, and warns when the editor changes the article's text", async () => {
    const onUnplaceable = jest.fn();
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    view = await mount(<ArticleViewer {...base} claims={[...base.claims, { id: "z", start: 500, end: 510, status: "VERIFIED" }]} onUnplaceable={onUnplaceable} />);
    expect(onUnplaceable).toHaveBeenCalledWith(["z"]);
    expect(warn).not.toHaveBeenCalled();
    // The viewer's schema has no "mention": Tiptap refuses the node, so the text (and every offset after it) changes.
    const odd: DocNode = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "A " }, { type: "mention", attrs: { id: "x" } }, { type: "text", text: "B" }] }] };
    await view.render(<ArticleViewer {...base} doc={odd} claims={[]} />);
    const ours = warn.mock.calls.filter(([message]) => String(message).startsWith("ArticleViewer:"));
    expect(ours).toHaveLength(1);
    warn.mockRestore();
  });

  it("keeps the document when a refresh hands over an equal copy of it", async () => {
    view = await mount(<ArticleViewer {...base} />);
    const editor = editorIn(view.container);
    const shown = editor.state.doc;
    const highlights = claimHighlightsKey.getState(editor.state);
    await view.render(<ArticleViewer {...base} doc={JSON.parse(JSON.stringify(doc)) as DocNode} claims={base.claims.map((c) => ({ ...c }))} />);
    expect(editor.state.doc).toBe(shown);
    expect(claimHighlightsKey.getState(editor.state)).toBe(highlights);
  });

  it("marks the active claim, reports clicks and redraws on a new document", async () => {
    const onClaimClick = jest.fn();
    view = await mount(<ArticleViewer {...base} onClaimClick={onClaimClick} activeClaimId="b" />);
    expect(view.container.querySelector('[data-claim-id="b"]')?.classList.contains("claim--active")).toBe(true);
    await act(async () => {
      view.container.querySelector('[data-claim-id="a"]')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    });
    expect(onClaimClick).toHaveBeenCalledWith("a");

    const next: DocNode = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Only 9 percent now." }] }] };
    await view.render(<ArticleViewer {...base} doc={next} claims={[{ id: "b", start: 5, end: 14, status: "VERIFIED" }]} activeClaimId="b" />);
    expect(view.container.textContent).not.toContain("council");
    expect(textOf(view.container, "b")).toBe("9 percent");
    expect(view.container.querySelectorAll("[data-claim-badge]")).toHaveLength(1);
  });

  it("reports the selected text range on mouseup, and null once it collapses", async () => {
    jest.useFakeTimers();
    try {
      const onSelectText = jest.fn();
      view = await mount(<ArticleViewer {...base} claims={[]} onSelectText={onSelectText} />);
      const editor = editorIn(view.container);
      const paragraph = view.container.querySelectorAll("p")[1].firstChild!; // "Auditors put the rise..."
      const range = document.createRange();
      range.setStart(paragraph, 0);
      range.setEnd(paragraph, "Auditors".length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      await act(async () => {
        document.dispatchEvent(new Event("selectionchange")); // what the browser fires; ProseMirror reads it
        editor.view.dom.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        jest.runOnlyPendingTimers();
      });
      const [selected] = onSelectText.mock.calls.at(-1)!;
      expect(text.slice(selected.start, selected.end)).toBe("Auditors");

      document.getSelection()!.removeAllRanges();
      await act(async () => {
        editor.view.dom.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        jest.runOnlyPendingTimers();
      });
      expect(onSelectText).toHaveBeenLastCalledWith(null, null);
    } finally {
      jest.useRealTimers();
    }
  });
});
