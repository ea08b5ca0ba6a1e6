/** @jest-environment jsdom */
import type { Editor } from "@tiptap/core";
import { claimHighlightsKey, docTextOf, scrollToClaim, type ClaimHighlight } from "@/components/editor/claim-highlights";
import { docOf, highlightedText, makeEditor, spansOf } from "./helpers";

const TEXT = "The minister claimed that unemployment fell to a record low in March.";

let editor: Editor;
afterEach(() => editor?.destroy());

function claimOn(phrase: string, id: string, status: ClaimHighlight["status"] = "UNREVIEWED"): ClaimHighlight {
  const start = docTextOf(editor.state.doc).text.indexOf(phrase);
  return { id, start, end: start + phrase.length, status };
}

// ProseMirror patches classes in place, so their order in the attribute is not meaningful.
function classesOf(el: Element): string[] {
  return Array.from(el.classList).sort();
}

function click(target: Element): void {
  target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}

/** The innermost element holding a given piece of text. */
function elementWithText(root: Element, text: string): Element {
  const all = Array.from(root.querySelectorAll("[data-claim-id]")).filter((el) => el.textContent === text);
  if (all.length === 0) throw new Error(`no highlight element with text "${text}"`);
  return all[all.length - 1];
}

describe("clicking a claim", () => {
  it("reports the shortest claim under the pointer, whatever the nesting order", () => {
    const onClaimClick = jest.fn();
    editor = makeEditor(docOf(TEXT), { onClaimClick });
    // "long" starts first so its span is the outer one around "unemployment fell"; "short" is nested inside it.
    // "late" starts after "short" but is longer; its span is outermost around "to a".
    editor.commands.setClaims([
      claimOn("minister claimed that unemployment fell to a record low", "long"),
      claimOn("unemployment fell to a", "short"),
      claimOn("fell to a record low in March", "late"),
    ]);
    click(elementWithText(editor.view.dom, "unemployment "));
    expect(onClaimClick).toHaveBeenLastCalledWith("short");
    click(elementWithText(editor.view.dom, "fell to a"));
    expect(onClaimClick).toHaveBeenLastCalledWith("short");
    click(elementWithText(editor.view.dom, " record low"));
    expect(onClaimClick).toHaveBeenLastCalledWith("late");
    click(elementWithText(editor.view.dom, "minister claimed that "));
    expect(onClaimClick).toHaveBeenLastCalledWith("long");
    expect(onClaimClick).toHaveBeenCalledTimes(4);
  });

  it("reports the badge's claim, and nothing for plain text", () => {
    const onClaimClick = jest.fn();
    editor = makeEditor(docOf(TEXT), { onClaimClick });
    editor.commands.setClaims([claimOn("record low", "r", "VERIFIED")]);
    click(editor.view.dom.querySelector('[data-claim-badge="r"]')!);
    expect(onClaimClick).toHaveBeenCalledWith("r");
    click(editor.view.dom.querySelector("p")!);
    expect(onClaimClick).toHaveBeenCalledTimes(1);
  });

  it("ignores the click that ends a text selection inside a highlight", () => {
    const onClaimClick = jest.fn();
    editor = makeEditor(docOf(TEXT), { onClaimClick });
    editor.commands.setClaims([claimOn("record low", "r")]);
    const span = spansOf(editor, "r")[0];
    const range = document.createRange();
    range.setStart(span.firstChild!, 0);
    range.setEnd(span.firstChild!, 6);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    click(span);
    expect(onClaimClick).not.toHaveBeenCalled();
    document.getSelection()!.removeAllRanges();
  });
});

describe("active and flashing claims", () => {
  it("moves claim--active from one claim to the next and leaves others untouched", () => {
    editor = makeEditor(docOf(TEXT));
    editor.commands.setClaims([claimOn("The minister", "a"), claimOn("record low", "b"), claimOn("March", "c")]);
    const specC = claimHighlightsKey.getState(editor.state)!.decorations.find(undefined, undefined, (s: { claimId?: string }) => s.claimId === "c")[0].spec;
    editor.commands.setActiveClaim("a");
    expect(spansOf(editor, "a")[0].classList.contains("claim--active")).toBe(true);
    editor.commands.setActiveClaim("b");
    expect(spansOf(editor, "a")[0].classList.contains("claim--active")).toBe(false);
    expect(classesOf(spansOf(editor, "b")[0])).toEqual(["claim", "claim--active", "claim--unreviewed"]);
    expect(highlightedText(editor, "b")).toBe("record low");
    editor.commands.setActiveClaim(null);
    expect(editor.view.dom.querySelector(".claim--active")).toBeNull();
    const specCAfter = claimHighlightsKey.getState(editor.state)!.decorations.find(undefined, undefined, (s: { claimId?: string }) => s.claimId === "c")[0].spec;
    expect(specCAfter).toBe(specC);
  });

  it("keeps the active class when the active claim is redrawn or arrives later", () => {
    editor = makeEditor(docOf(TEXT));
    editor.commands.setActiveClaim("b");
    editor.commands.setClaims([claimOn("record low", "b")]);
    expect(spansOf(editor, "b")[0].classList.contains("claim--active")).toBe(true);
    editor.commands.upsertClaim({ ...claimOn("a record low", "b"), status: "VERIFIED" });
    expect(classesOf(spansOf(editor, "b")[0])).toEqual(["claim", "claim--active", "claim--verified"]);
  });

  it("flashes a claim for 1.2 s and scrolls its first highlight into view", () => {
    jest.useFakeTimers();
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      editor = makeEditor(docOf("First paragraph.", TEXT));
      editor.commands.setClaims([claimOn("record low", "b")]);
      editor.commands.flashClaim("b");
      expect(spansOf(editor, "b")[0].classList.contains("claim--flash")).toBe(true);
      expect(scrolled).toEqual([spansOf(editor, "b")[0]]);
      jest.advanceTimersByTime(1100);
      expect(spansOf(editor, "b")[0].classList.contains("claim--flash")).toBe(true);
      jest.advanceTimersByTime(200);
      expect(spansOf(editor, "b")[0].classList.contains("claim--flash")).toBe(false);
      expect(highlightedText(editor, "b")).toBe("record low");
      expect(scrollToClaim(editor.view, "missing")).toBe(false);
    } finally {
      Element.prototype.scrollIntoView = original;
      jest.useRealTimers();
    }
  });
});
