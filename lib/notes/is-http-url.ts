/** True for an absolute http:// or https:// URL: the only links a note may carry (no javascript:, data:, mailto:). */
export function isHttpUrl(href: string): boolean {
  // The prefix test runs on the raw string: URL parsing forgives leading spaces and control characters.
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    const url = new URL(href);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
