import { hasType } from "./annotation-schemas";
import type { Read } from "./read-selectors";

/** More annotations than any one article holds claims: a file beyond this is a mistake, or an attack. */
export const MAX_IMPORTED_ANNOTATIONS = 5000;

const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : `a ${typeof value}`);

/**
 * The annotations inside any of the shapes the Web Annotation model serializes: one Annotation, a list of them, an
 * AnnotationPage, or an AnnotationCollection whose pages are embedded (`first`, then `next` or `@included` pages).
 */
export function collectAnnotations(json: unknown): Read<unknown[]> {
  let found: Read<unknown[]>;
  if (Array.isArray(json)) found = { ok: true, value: json };
  else if (hasType(json, "Annotation")) found = { ok: true, value: [json] };
  else if (hasType(json, "AnnotationPage")) found = pageItems(json, "The AnnotationPage");
  else if (hasType(json, "AnnotationCollection")) found = collectionItems(json as Record<string, unknown>);
  else if (json && typeof json === "object") {
    const type = (json as { type?: unknown }).type;
    found = {
      ok: false,
      problem: `Expected an Annotation, a list of annotations, an AnnotationPage or an AnnotationCollection, but the JSON is ${
        type === undefined ? "an object without a type" : `of type ${JSON.stringify(type).slice(0, 60)}`
      }.`,
    };
  } else found = { ok: false, problem: `Expected Web Annotations in JSON, but the file holds ${kindOf(json)}.` };
  if (!found.ok) return found;
  if (found.value.length === 0) return { ok: false, problem: "The file holds no annotations." };
  if (found.value.length > MAX_IMPORTED_ANNOTATIONS) {
    return { ok: false, problem: `The file holds ${found.value.length} annotations; Factdesk imports at most ${MAX_IMPORTED_ANNOTATIONS} at a time.` };
  }
  return found;
}

function pageItems(page: unknown, name: string): Read<unknown[]> {
  const items = (page as { items?: unknown }).items;
  if (!Array.isArray(items)) return { ok: false, problem: `${name} has no "items" list of annotations.` };
  return { ok: true, value: items };
}

function collectionItems(collection: Record<string, unknown>): Read<unknown[]> {
  const first = Array.isArray(collection.first) ? collection.first[0] : collection.first;
  if (first === undefined) {
    return collection.total === 0 ? { ok: true, value: [] } : { ok: false, problem: "The AnnotationCollection has no first page." };
  }
  if (typeof first === "string") {
    return { ok: false, problem: `The AnnotationCollection only links to its pages (${first.slice(0, 100)}): export it with the annotations included.` };
  }
  const included = Array.isArray(collection["@included"]) ? collection["@included"] : [];
  const byId = new Map<unknown, unknown>(included.filter((node) => hasType(node, "AnnotationPage")).map((node) => [(node as { id?: unknown }).id, node]));
  const items: unknown[] = [];
  const visited = new Set<unknown>();
  // Follow `next` through embedded pages (or included ones named by IRI); a cycle or a missing page ends the walk.
  for (let page: unknown = first, n = 1; page && typeof page === "object" && !visited.has(page); n++) {
    visited.add(page);
    const read = pageItems(page, `Page ${n} of the AnnotationCollection`);
    if (!read.ok) return read;
    items.push(...read.value);
    const next = (page as { next?: unknown }).next;
    page = typeof next === "string" ? byId.get(next) : next;
  }
  // Included pages that no `next` reached still belong to the collection.
  for (const page of byId.values()) {
    if (visited.has(page)) continue;
    visited.add(page);
    const read = pageItems(page, "An included page of the AnnotationCollection");
    if (!read.ok) return read;
    items.push(...read.value);
  }
  return { ok: true, value: items };
}
