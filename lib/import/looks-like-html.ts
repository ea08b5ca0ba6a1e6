const DOCUMENT = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i;
const TAG = /<\/?(p|div|br|h[1-6]|ul|ol|li|blockquote|article|section|span|a|strong|em|b|i|table|tr|td|figure|img)\b[^<>]*>/gi;

/**
 * Whether pasted text is markup rather than prose: a whole document, or at least three real tags including a closing
 * one or a <br>. An article that merely mentions "<p>" once stays plain text.
 */
export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT.test(text)) return true;
  const tags = text.slice(0, 200_000).match(TAG) ?? [];
  return tags.length >= 3 && tags.some((t) => t.startsWith("</") || /^<br\b/i.test(t));
}

/** Whether HTML is a whole page (to be cleaned by Readability) rather than a fragment that is all article. */
export const isWholeDocument = (html: string): boolean => /<(html|head|body)\b/i.test(html.slice(0, 100_000));
