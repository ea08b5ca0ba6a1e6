import { firstMessage, hasType, positionSelectorSchema, quoteSelectorSchema } from "./annotation-schemas";

export type SelectorsRead = {
  quote?: { exact: string; prefix: string; suffix: string };
  /** Code points, as the model counts them. */
  position?: { start: number; end: number };
};

export type Read<T> = { ok: true; value: T } | { ok: false, problem: string };

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/**
 * Finds the first text quote and text position selectors of an annotation's targets, also inside `refinedBy`
 * (a quote refining a fragment, say). Selectors of other kinds are ignored: Factdesk anchors on text only.
 */
export function readSelectors(target: unknown): Read<SelectorsRead> {
  const found: SelectorsRead = {};
  // Breadth-first over targets, their selectors and refinements; bounded so a hostile chain cannot run long.
  const queue: unknown[] = asList(target).flatMap((t) => (t && typeof t === "object" ? asList((t as { selector?: unknown }).selector) : []));
  for (let seen = 0; queue.length > 0 && seen < 1000; seen++) {
    const selector = queue.shift();
    if (!selector || typeof selector !== "object") continue;
    if (!found.quote && hasType(selector, "TextQuoteSelector")) {
      const parsed = quoteSelectorSchema.safeParse(selector);
      if (!parsed.success) return { ok: false, problem: firstMessage(parsed.error, "has an unreadable TextQuoteSelector") };
      found.quote = { exact: parsed.data.exact, prefix: parsed.data.prefix ?? "", suffix: parsed.data.suffix ?? "" };
    } else if (!found.position && hasType(selector, "TextPositionSelector")) {
      const parsed = positionSelectorSchema.safeParse(selector);
      if (!parsed.success) return { ok: false, problem: firstMessage(parsed.error, "has an unreadable TextPositionSelector") };
      found.position = parsed.data;
    }
    queue.push(...asList((selector as { refinedBy?: unknown }).refinedBy));
  }
  if (!found.quote && !found.position) return { ok: false, problem: "has no TextQuoteSelector or TextPositionSelector" };
  return { ok: true, value: found };
}
