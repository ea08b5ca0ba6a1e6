/** @jest-environment jsdom */
import type { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { claimHighlightsKey, docTextOf, selectionToTextRange, type ClaimHighlight } from "@/components/editor/claim-highlights";
import { docOf, highlightedText, makeEditor, spansOf } from "./helpers";

const P1 = "The mayor said crime fell by 20 percent last year.";
const P2 = "Police figures show a smaller drop of 4 percent.";

let editor: Editor;
afterEach(() => editor?.destroy());

function claimOn(text: string, phrase: string, id: string, status: ClaimHighlight["status"] = "UNREVIEWED"): ClaimHighlight {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in text`);
  return { id, start, end: start + phrase.length, status };
}

function plainText(): string {
  return docTextOf(editor.state.doc).text;
}

function specsOf(id: string): object[] {
  const state = claimHighlightsKey.getState(editor.state)!;
  return state.decorations.find(undefined, undefined, (spec: { claimId?: string }) => spec.claimId === id).map((d) => d.spec);
}

describe("ClaimHighlights: drawing", () => {
  it("wraps exactly each claim's text in spans carrying its id and status, with one badge per claim", () => {
    editor = makeEditor(docOf(P1, P2));
    const text = plainText();
    const a = claimOn(text, "crime fell by 20 percent", "a", "DISPUTED");
    const b = claimOn(text, "Police figures", "b", "VERIFIED");
    editor.commands.setClaims([a, b]);

    expect(highlightedText(editor, "a")).toBe("crime fell by 20 percent");
    expect(highlightedText(editor, "b")).toBe("Police figures");
    const span = spansOf(editor, "a")[0];
    expect(span.getAttribute("data-status")).toBe("DISPUTED");
    expect(span.className).toBe("claim claim--disputed");

    const badges = Array.from(editor.view.dom.querySelectorAll<HTMLElement>("[data-claim-badge]"));
    expect(badges.map((el) => el.getAttribute("data-claim-badge"))).toEqual(["a", "b"]);
    expect(badges[0].textContent).toBe("\u2717");
    expect(badges[0].title).toBe("Disputed");
    expect(badges[0].getAttribute("aria-hidden")).toBe("true");
    expect(badges[0].classList.contains("claim-badge--disputed")).toBe(true);
    // The badge sits right before the claim's first character.
    expect(badges[0].nextSibling?.textContent?.startsWith("crime")).toBe(true);
    // Decorations only: the stored document has no trace of the claims.
    expect(JSON.stringify(editor.getJSON())).not.toContain("claim");
  });

  it("draws overlapping claims as nested spans, each covering its own text", () => {
    editor = makeEditor(docOf(P1));
    const text = plainText();
    const outer = claimOn(text, "The mayor said crime fell by 20 percent", "outer");
    const inner = claimOn(text, "crime fell", "inner", "VERIFIED");
    const tail = claimOn(text, "20 percent last year", "tail", "UNSOURCED");
    editor.commands.setClaims([outer, inner, tail]);

    expect(highlightedText(editor, "outer")).toBe("The mayor said crime fell by 20 percent");
    expect(highlightedText(editor, "inner")).toBe("crime fell");
    expect(highlightedText(editor, "tail")).toBe("20 percent last year");
    const innerSpan = spansOf(editor, "inner")[0];
    expect(innerSpan.parentElement?.closest("[data-claim-id]")?.getAttribute("data-claim-id")).toBe("outer");
  });

  it("draws a claim that spans two paragraphs in both of them", () => {
    editor = makeEditor(docOf(P1, P2));
    const text = plainText();
    const start = text.indexOf("last year.");
    const end = text.indexOf("Police figures") + "Police figures".length;
    editor.commands.setClaims([{ id: "x", start, end, status: "UNSOURCED" }]);

    const slice = text.slice(start, end);
    expect(slice).toBe("last year.\n\nPolice figures");
    // Block separators are not characters in the DOM: the spans cover the slice minus "\n\n".
    expect(highlightedText(editor, "x")).toBe(slice.split("\n\n").join(""));
    const paragraphs = new Set(spansOf(editor, "x").map((el) => el.closest("p")));
    expect(paragraphs.size).toBe(2);
  });

  it("skips claims whose offsets fall outside the text and reports them", () => {
    const onUnplaceable = jest.fn();
    editor = makeEditor(docOf(P1), { onUnplaceable });
    const length = plainText().length;
    editor.commands.setClaims([
      { id: "ok", start: 0, end: 3, status: "VERIFIED" },
      { id: "past-end", start: length - 2, end: length + 5, status: "VERIFIED" },
      { id: "negative", start: -1, end: 4, status: "VERIFIED" },
      { id: "empty", start: 5, end: 5, status: "VERIFIED" },
    ]);
    expect(highlightedText(editor, "ok")).toBe("The");
    expect(editor.view.dom.querySelectorAll("[data-claim-id]")).toHaveLength(1);
    expect(onUnplaceable).toHaveBeenCalledTimes(1);
    expect(onUnplaceable).toHaveBeenCalledWith(["past-end", "negative", "empty"]);
  });
});

describe("ClaimHighlights: incremental changes", () => {
  beforeEach(() => {
    editor = makeEditor(docOf(P1, P2));
    const text = plainText();
    editor.commands.setClaims([
      claimOn(text, "The mayor", "a"),
      claimOn(text, "crime fell", "b"),
      claimOn(text, "4 percent", "c"),
    ]);
  });

  it("upsertClaim redraws only that claim and keeps every other decoration instance", () => {
    const beforeA = specsOf("a");
    const beforeC = specsOf("c");
    const text = plainText();
    editor.commands.upsertClaim({ ...claimOn(text, "crime fell by 20 percent", "b"), status: "DISPUTED" });

    expect(highlightedText(editor, "b")).toBe("crime fell by 20 percent");
    expect(spansOf(editor, "b")[0].getAttribute("data-status")).toBe("DISPUTED");
    const afterA = specsOf("a");
    const afterC = specsOf("c");
    expect(afterA).toHaveLength(2); // highlight + badge
    afterA.forEach((spec, i) => expect(spec).toBe(beforeA[i]));
    afterC.forEach((spec, i) => expect(spec).toBe(beforeC[i]));
  });

  it("upsertClaim adds a new claim, and an unchanged row leaves the state object alone", () => {
    const text = plainText();
    editor.commands.upsertClaim(claimOn(text, "Police", "d", "VERIFIED"));
    expect(highlightedText(editor, "d")).toBe("Police");
    const state = claimHighlightsKey.getState(editor.state);
    editor.commands.upsertClaim(claimOn(text, "Police", "d", "VERIFIED"));
    expect(claimHighlightsKey.getState(editor.state)).toBe(state);
  });

  it("removeClaim removes that claim's highlight and badge only", () => {
    editor.commands.removeClaim("b");
    expect(spansOf(editor, "b")).toHaveLength(0);
    expect(editor.view.dom.querySelector('[data-claim-badge="b"]')).toBeNull();
    expect(highlightedText(editor, "a")).toBe("The mayor");
    expect(highlightedText(editor, "c")).toBe("4 percent");
  });

  it("maps highlights through edits so they keep covering the same words", () => {
    editor.commands.insertContentAt(1, "Breaking: ");
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, " (revised)");
    expect(highlightedText(editor, "a")).toBe("The mayor");
    expect(highlightedText(editor, "b")).toBe("crime fell");
    expect(highlightedText(editor, "c")).toBe("4 percent");
  });

  it("returns the identical plugin state for a transaction without meta or document change", () => {
    const state = claimHighlightsKey.getState(editor.state);
    const tr = editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 3, 8)).setMeta("other", 1);
    editor.view.dispatch(tr);
    expect(editor.state.selection.from).toBe(3);
    expect(claimHighlightsKey.getState(editor.state)).toBe(state);
  });

  it("applies every command of a chain, not just the last", () => {
    const text = plainText();
    editor.chain().removeClaim("a").upsertClaim(claimOn(text, "Police figures", "e")).setActiveClaim("e").run();
    expect(spansOf(editor, "a")).toHaveLength(0);
    expect(spansOf(editor, "e")[0].classList.contains("claim--active")).toBe(true);
  });
});

describe("selectionToTextRange", () => {
  it("converts a selection across paragraphs to plain-text offsets", () => {
    editor = makeEditor(docOf(P1, P2));
    const text = plainText();
    const map = docTextOf(editor.state.doc);
    const from = map.blocks[0].pos + P1.indexOf("last");
    const to = map.blocks[1].pos + P2.indexOf(" figures");
    editor.commands.setTextSelection({ from, to });
    const range = selectionToTextRange(editor.state);
    expect(range).not.toBeNull();
    expect(text.slice(range!.start, range!.end)).toBe("last year.\n\nPolice");
  });

  it("is null for a collapsed selection or one holding only a paragraph break", () => {
    editor = makeEditor(docOf(P1, P2));
    editor.commands.setTextSelection(4);
    expect(selectionToTextRange(editor.state)).toBeNull();
    const map = docTextOf(editor.state.doc);
    editor.commands.setTextSelection({ from: map.blocks[0].pos + P1.length, to: map.blocks[1].pos });
    expect(editor.state.selection.empty).toBe(false);
    expect(selectionToTextRange(editor.state)).toBeNull();
  });
});
