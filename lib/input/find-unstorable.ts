import { hasUnstorableCharacter, UNSTORABLE_MESSAGE } from "@/lib/notes/has-unstorable-character";

export { UNSTORABLE_MESSAGE };

const MAX_DEPTH = 64;

/**
 * The path of the first string (or object key) in `value` that PostgreSQL could not store: a NUL character or half
 * of a surrogate pair. Checked once at every entry point (server actions, API requests, authorization ids), so no
 * such character ever reaches a query and fails it with a server error. Null when there is none.
 */
export function findUnstorable(value: unknown, path = "input", depth = 0): string | null {
  if (typeof value === "string") return hasUnstorableCharacter(value) ? path : null;
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? Array.from(value, (item, i): [string, unknown] => [String(i), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (hasUnstorableCharacter(key)) return `${path}.${key.replace(/[^\x20-\x7e]/g, "?")}`;
    const found = findUnstorable(item, path === "input" ? key : `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}
