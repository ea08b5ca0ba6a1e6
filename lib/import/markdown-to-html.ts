/**
 * Renders Markdown to HTML with marked; the HTML then goes through the same whitelist walk as any other HTML, so
 * raw HTML inside the Markdown is sanitised like the rest. marked is ESM-only, hence the dynamic import (which also
 * keeps it out of imports that never see Markdown).
 */
export async function markdownToHtml(markdown: string): Promise<string> {
  const { marked } = await import("marked");
  return marked.parse(markdown, { async: false, gfm: true });
}
