const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The href a link may keep in the editor, or null. Relative links are resolved against the page address; anything
 * that does not end up http(s) or mailto (javascript:, data:, vbscript:, file:, an unresolvable relative path) is
 * refused. The URL parser does the normalising (case, whitespace, entities already decoded), so "JaVa\tscript:" is
 * seen for what it is.
 */
export function safeHref(href: string | null, base: string | null): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== "mailto:" && url.username) url.username = ""; // credentials have no place in a shared article
  if (url.protocol !== "mailto:" && url.password) url.password = "";
  return url.href;
}
