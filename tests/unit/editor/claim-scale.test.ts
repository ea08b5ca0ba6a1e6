/** @jest-environment jsdom */
import type { Editor } from "@tiptap/core";
import { claimHighlightsKey, docTextOf, type ClaimHighlight } from "@/components/editor/claim-highlights";
import { CLAIM_STATUSES } from "@/components/editor/claim-types";
import { docOf, highlightedText, makeEditor } from "./helpers";

const PARAGRAPHS = 400;
const WORDS_PER_PARAGRAPH = 50; // 20,000 words in all
const CLAIMS_PER_PARAGRAPH = 5; // 2,000 claims

function longArticle(): string[] {
  return Array.from({ length: PARAGRAPHS }, (_, p) =>
    Array.from({ length: WORDS_PER_PARAGRAPH }, (_, w) => `w${p}x${w}`).join(" ") + ".",
  );
}

function allSpecs(editor: Editor): Array<{ claimId: string; kind: string }> {
  const state = claimHighlightsKey.getState(editor.state)!;
  return state.decorations.find().map((d) => d.spec as { claimId: string; kind: string });
}

describe("a 20,000-word article with 2,000 claims", () => {
  let editor: Editor;
  afterAll(() => editor?.destroy());

  it("draws every claim, then upserts one without touching the other 1,999", () => {
    editor = makeEditor(docOf(...longArticle()));
    const text = docTextOf(editor.state.doc).text;
    const claims: ClaimHighlight[] = [];
    for (let p = 0; p < PARAGRAPHS; p++) {
      for (let k = 0; k < CLAIMS_PER_PARAGRAPH; k++) {
        // Word ranges overlap their neighbours (k*8 .. k*8+12), and the last claim of each paragraph runs into the next.
        const first = `w${p}x${k * 8} `;
        const lastWord = k === CLAIMS_PER_PARAGRAPH - 1 && p + 1 < PARAGRAPHS ? `w${p + 1}x0` : `w${p}x${k * 8 + 12}`;
        const start = text.indexOf(first);
        const end = text.indexOf(lastWord + " ", start) + lastWord.length;
        claims.push({ id: `c${p}-${k}`, start, end, status: CLAIM_STATUSES[(p + k) % 4] });
      }
    }
    editor.commands.setClaims(claims);

    const specs = allSpecs(editor);
    const highlighted = new Set(specs.filter((s) => s.kind === "highlight").map((s) => s.claimId));
    expect(highlighted.size).toBe(2000);
    expect(specs.filter((s) => s.kind === "badge")).toHaveLength(2000);
    expect(editor.view.dom.querySelectorAll("[data-claim-badge]")).toHaveLength(2000);
    expect(highlightedText(editor, "c123-2")).toBe(text.slice(claims[123 * 5 + 2].start, claims[123 * 5 + 2].end));

    const before = new Map(specs.map((s) => [s, true]));
    const changed = { ...claims[1000], status: "VERIFIED" as const, end: claims[1000].end + 1 };
    editor.commands.upsertClaim(changed);

    const after = allSpecs(editor);
    expect(after).toHaveLength(specs.length);
    const kept = after.filter((s) => before.has(s));
    const redrawn = after.filter((s) => !before.has(s));
    expect(kept.filter((s) => s.claimId === changed.id)).toHaveLength(0);
    expect(redrawn.every((s) => s.claimId === changed.id)).toBe(true);
    expect(new Set(kept.map((s) => s.claimId)).size).toBe(1999);
    expect(highlightedText(editor, changed.id)).toBe(text.slice(changed.start, changed.end));
    expect(editor.view.dom.querySelectorAll('[data-status="VERIFIED"][data-claim-id="' + changed.id + '"]').length).toBeGreaterThan(0);
  });
});
