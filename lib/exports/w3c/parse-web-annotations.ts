import type { ClaimStatus } from "@/lib/db/generated/enums";
import { hasType } from "./annotation-schemas";
import { collectAnnotations } from "./collect-annotations";
import { readBodies, type ParsedSource } from "./read-bodies";
import { readSelectors } from "./read-selectors";

export type { ParsedSource } from "./read-bodies";

/** What Factdesk takes from one uploaded annotation. Positions are in code points, as the W3C model counts. */
export type ParsedAnnotation = {
  exact: string;
  prefix: string;
  suffix: string;
  positionStart?: number;
  positionEnd?: number;
  status?: ClaimStatus;
  noteText?: string;
  sources: ParsedSource[];
};

export type ParseWebAnnotationsResult = { ok: true; annotations: ParsedAnnotation[] } | { ok: false; message: string };

/** Larger than any honest export of one article (about 20 MB of text). */
export const MAX_IMPORT_CHARACTERS = 20_000_000;

/**
 * Reads uploaded Web Annotation JSON(-LD): one annotation, a list, a page or a collection with its pages embedded.
 * All or nothing: the first annotation Factdesk cannot read refuses the whole file, with a message naming it.
 */
export function parseWebAnnotations(json: string): ParseWebAnnotationsResult {
  if (json.length > MAX_IMPORT_CHARACTERS) return { ok: false, message: "The file is too large to import (max 20 MB)." };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const collected = collectAnnotations(value);
  if (!collected.ok) return { ok: false, message: collected.problem };
  const annotations: ParsedAnnotation[] = [];
  for (const [index, item] of collected.value.entries()) {
    const read = readAnnotation(item);
    if (!read.ok) return { ok: false, message: `Annotation ${index + 1} ${read.problem}.` };
    annotations.push(read.value);
  }
  return { ok: true, annotations };
}

function readAnnotation(item: unknown): { ok: true; value: ParsedAnnotation } | { ok: false; problem: string } {
  if (!item || typeof item !== "object" || Array.isArray(item)) return { ok: false, problem: "is not an object" };
  if (!hasType(item, "Annotation")) return { ok: false, problem: 'is not an Annotation (its "type" must be "Annotation")' };
  const annotation = item as { target?: unknown; body?: unknown; bodyValue?: unknown; motivation?: unknown };
  if (annotation.target === undefined) return { ok: false, problem: "has no target" };
  const selectors = readSelectors(annotation.target);
  if (!selectors.ok) return selectors;
  const bodies = readBodies(annotation);
  if (!bodies.ok) return bodies;
  const { quote, position } = selectors.value;
  return {
    ok: true,
    value: {
      exact: quote?.exact ?? "",
      prefix: quote?.prefix ?? "",
      suffix: quote?.suffix ?? "",
      ...(position ? { positionStart: position.start, positionEnd: position.end } : {}),
      ...(bodies.value.status ? { status: bodies.value.status } : {}),
      ...(bodies.value.noteText !== undefined ? { noteText: bodies.value.noteText } : {}),
      sources: bodies.value.sources,
    },
  };
}
