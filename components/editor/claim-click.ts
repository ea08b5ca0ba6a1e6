import type { DecorationSet } from "@tiptap/pm/view";

/**
 * Which claim a click landed on: a badge names its claim; among overlapping highlights the shortest claim wins,
 * because the short one is usually the specific assertion inside a longer sentence-level claim.
 */
export function claimAtTarget(root: Element, target: EventTarget | null, decorations: DecorationSet): string | null {
  if (!target || typeof (target as Element).closest !== "function") return null;
  const element = target as Element;
  const badge = element.closest("[data-claim-badge]");
  if (badge && root.contains(badge)) return badge.getAttribute("data-claim-badge");
  const ids: string[] = []; // innermost first
  for (let el = element.closest("[data-claim-id]"); el && root.contains(el); ) {
    ids.push(el.getAttribute("data-claim-id") ?? "");
    el = el.parentElement?.closest("[data-claim-id]") ?? null;
  }
  if (ids.length <= 1) return ids[0] ?? null;
  // Nesting order of overlapping spans follows decoration order, not length: measure each candidate's extent.
  const wanted = new Set(ids);
  const extent = new Map<string, number>();
  const pieces = decorations.find(undefined, undefined, (spec: { claimId?: string; kind?: string }) =>
    spec.kind === "highlight" && spec.claimId !== undefined && wanted.has(spec.claimId),
  );
  for (const d of pieces) {
    const id = (d.spec as { claimId: string }).claimId;
    extent.set(id, (extent.get(id) ?? 0) + d.to - d.from);
  }
  let best = ids[0];
  for (const id of ids) if ((extent.get(id) ?? Infinity) < (extent.get(best) ?? Infinity)) best = id;
  return best;
}

/** A drag that selects text inside one highlight still ends in a click event: that is a selection, not a click. */
export function isSelectingText(root: Element): boolean {
  const selection = root.ownerDocument.getSelection();
  return !!selection && !selection.isCollapsed && root.contains(selection.anchorNode);
}
