import { collapseWhitespace } from "./normalize";

/** One line (or one re-joined hard-wrapped paragraph) of pasted plain text. */
export type Unit = { text: string; bullet: boolean };

const BULLET = /^[-*•‣◦▪●]\s+/;

/**
 * Splits plain text into units. Blank lines separate paragraphs; inside a paragraph each line is a unit of its own
 * (scrapes put headings, captions and list items on single lines), except when the lines look hard-wrapped at a fixed
 * width (e-mail, plain-text exports), which are joined again. Text with no blank line at all is one unit per line:
 * that is how the scrapes in the corpus come.
 */
export function splitUnits(text: string): Unit[] {
  const chunks = text.split(/\n[ \t\u00a0]*\n/);
  const units: Unit[] = [];
  for (const chunk of chunks) {
    const lines = chunk.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    const groups = chunks.length > 1 && looksHardWrapped(lines) ? [lines.join(" ")] : lines;
    for (const line of groups) {
      const bullet = BULLET.test(line);
      const body = collapseWhitespace(bullet ? line.replace(BULLET, "") : line).trim();
      if (body) units.push({ text: body, bullet });
    }
  }
  return units;
}

function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 2 || lines.some((l) => BULLET.test(l) || /^\d+[.)]\s/.test(l))) return false;
  const widest = Math.max(...lines.map((l) => l.length));
  if (widest > 100 || widest < 40) return false;
  // Every line but the last fills most of the width, and none but the last ends a sentence on a short line.
  return lines.slice(0, -1).every((l) => l.length >= widest * 0.6);
}
