import type { Node as PMNode } from "@tiptap/pm/model";
import { Decoration, type DecorationAttrs, type DecorationSet } from "@tiptap/pm/view";
import { textOffsetToPos, type DocText } from "@/lib/articles/doc-text";
import { STATUS_BADGE, type ClaimHighlight } from "./claim-types";

/** The `spec` of every decoration this extension draws; `claimId` is how one claim's decorations are found again. */
export type ClaimDecorationSpec = { claimId: string; kind: "highlight" | "badge"; key?: string };

export type ClaimFlags = { active: boolean; flash: boolean };

/** Predicate for `DecorationSet.find`: the decorations of one claim (optionally of one kind). */
export function ofClaim(id: string, kind?: ClaimDecorationSpec["kind"]) {
  return (spec: Partial<ClaimDecorationSpec>): boolean => spec.claimId === id && (!kind || spec.kind === kind);
}

export function highlightAttrs(claim: ClaimHighlight, flags: ClaimFlags): DecorationAttrs {
  const classes = ["claim", `claim--${claim.status.toLowerCase()}`];
  if (flags.active) classes.push("claim--active");
  if (flags.flash) classes.push("claim--flash");
  return {
    // Without `nodeName`, ProseMirror merges overlapping inline decorations into ONE element, and the inner claim's
    // data-claim-id would overwrite the outer one. With it, each claim gets its own nested <span>.
    nodeName: "span",
    class: classes.join(" "),
    "data-claim-id": claim.id,
    "data-status": claim.status,
  };
}

/** Document range of a claim (or any text span), or null when its offsets fall outside the text or cover no inline content. */
export function claimRange(map: DocText, claim: { start: number; end: number }): { from: number; to: number } | null {
  const { start, end } = claim;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end <= start || end > map.text.length) return null;
  const from = textOffsetToPos(map, start, "start");
  const to = textOffsetToPos(map, end, "end");
  // A span lying wholly inside a block separator maps to an empty (or inverted) range.
  return to > from ? { from, to } : null;
}

function badge(pos: number, claim: ClaimHighlight): Decoration {
  const { symbol, word } = STATUS_BADGE[claim.status];
  const key = `${claim.id}:${claim.status}`;
  const spec: ClaimDecorationSpec & { side: number; ignoreSelection: boolean } = {
    claimId: claim.id,
    kind: "badge",
    // The key lets ProseMirror keep the badge's DOM across redraws; it changes (and the badge is rebuilt) with the status.
    key,
    side: -1,
    ignoreSelection: true,
  };
  return Decoration.widget(
    pos,
    (view) => {
      const el = view.dom.ownerDocument.createElement("span");
      el.className = `claim-badge claim-badge--${claim.status.toLowerCase()}`;
      el.setAttribute("data-claim-badge", claim.id);
      el.setAttribute("aria-hidden", "true");
      el.title = word;
      el.textContent = symbol;
      return el;
    },
    spec,
  );
}

/** The highlight and badge of one claim, or null when it cannot be placed in this document. */
export function claimDecorations(map: DocText, claim: ClaimHighlight, flags: ClaimFlags): Decoration[] | null {
  const range = claimRange(map, claim);
  if (!range) return null;
  const spec: ClaimDecorationSpec = { claimId: claim.id, kind: "highlight" };
  return [Decoration.inline(range.from, range.to, highlightAttrs(claim, flags), spec), badge(range.from, claim)];
}

/**
 * Redraws one claim's highlight with new classes where it currently is. Working from the existing (mapped)
 * decorations rather than the claim's text offsets keeps it right after the document has been edited.
 */
export function restyleClaim(set: DecorationSet, doc: PMNode, claim: ClaimHighlight, flags: ClaimFlags): DecorationSet {
  const current = set.find(undefined, undefined, ofClaim(claim.id, "highlight"));
  if (current.length === 0) return set;
  const attrs = highlightAttrs(claim, flags);
  const redrawn = current.map((d) => {
    const spec: ClaimDecorationSpec = { claimId: claim.id, kind: "highlight" };
    return Decoration.inline(d.from, d.to, attrs, spec);
  });
  return set.remove(current).add(doc, redrawn);
}
