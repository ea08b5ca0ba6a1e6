import { JSDOM, VirtualConsole } from "jsdom";

/**
 * Parses an HTML string into an inert document: no scripts run, no resources load, and jsdom's complaints about
 * the page's CSS are not printed. `url` (when valid) becomes the base for relative links.
 */
export function parseHtml(html: string, url: string | null): Document {
  const virtualConsole = new VirtualConsole(); // nothing forwarded: page errors are not ours to log
  let base: string | undefined;
  try {
    base = url ? new URL(url).href : undefined;
  } catch {
    base = undefined;
  }
  return new JSDOM(html, { url: base, virtualConsole }).window.document;
}
