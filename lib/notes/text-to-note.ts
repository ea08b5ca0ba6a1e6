import type { NoteDoc } from "@/lib/notes";

/**
 * A plain-text note as a Tiptap document: one paragraph per line, so that `noteToText` gives the same text back
 * (an empty line is an empty paragraph). Tabs and control characters other than line breaks are spaces.
 */
export function textToNote(text: string): NoteDoc | null {
  const lines = text.replace(/\r\n?/g, "\n").replace(/[^\P{Cc}\n]/gu, " ").split("\n");
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  while (lines.length > 0 && lines[0].trim() === "") lines.shift();
  if (lines.length === 0) return null;
  return {
    type: "doc",
    content: lines.map((line) => (line === "" ? { type: "paragraph" as const } : { type: "paragraph" as const, content: [{ type: "text" as const, text: line }] })),
  };
}
