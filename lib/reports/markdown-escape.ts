import { isHttpUrl } from "@/lib/notes";

// Every ASCII punctuation mark that CommonMark or GFM gives a meaning to, plus ":" and "@" (GFM turns
// "http://…" and "a@b.c" into links) and "&" (entities). A backslash before any ASCII punctuation is always
// a literal in CommonMark, so over-escaping is harmless while under-escaping lets a note inject links or HTML.
const SIGNIFICANT = /[\\`*_{}[\]()<>#+\-.!|~&=:@$^]/g;

/** User text as literal inline Markdown: on one line, every significant character escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(SIGNIFICANT, (c) => `\\${c}`);
}

/**
 * Multi-line user text (a note) as literal Markdown lines. Leading spaces become no-break spaces, so list
 * indentation from the note survives without turning into a code block.
 */
export function escapeMarkdownLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const indent = /^\s*/.exec(line)![0].length;
      return "\u00a0".repeat(indent) + escapeMarkdown(line);
    })
    .filter((line) => line.trim() !== "");
}

/** A link only for http(s) addresses; anything else (javascript:, data:) is shown as escaped text. */
export function markdownLink(label: string, url: string): string {
  if (!isHttpUrl(url)) return label === url ? escapeMarkdown(url) : `${escapeMarkdown(label)} (${escapeMarkdown(url)})`;
  // Angle-bracket destinations allow parentheses; what they do not allow is encoded.
  const destination = url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(label)}](<${destination}>)`;
}
