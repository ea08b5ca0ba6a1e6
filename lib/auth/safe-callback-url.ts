/**
 * Where to go after signing in or up: only a path on this site. "//host" and "/\host" are protocol-relative to
 * browsers, so they would send a freshly signed-in user to another site (an open redirect).
 */
export function safeCallbackUrl(value: unknown, fallback = "/articles"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
