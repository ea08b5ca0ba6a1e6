import { isHttpUrl } from "@/lib/notes";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe as HTML content and inside a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * A link for http(s) addresses only (anything else is shown as text). Links open nothing by themselves: a report
 * loads no external resource, it only points at sources.
 */
export function htmlLink(label: string, url: string): string {
  if (!isHttpUrl(url)) return label === url ? escapeHtml(url) : `${escapeHtml(label)} (${escapeHtml(url)})`;
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(label)}</a>`;
}
