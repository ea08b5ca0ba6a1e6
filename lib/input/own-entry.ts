/**
 * `table[key]` for a lookup table written as an object literal, when `key` comes from outside (a file name, a query
 * string, imported text): only the table's own entries count, so "constructor" or "__proto__" find nothing rather
 * than one of Object.prototype's functions.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
