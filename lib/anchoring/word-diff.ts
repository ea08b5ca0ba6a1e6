import { diffTexts } from "./text-diff";
import type { DiffPart } from "./types";

/**
 * Word-level diff of two versions for side-by-side review: equal parts, and for each change the deleted
 * old text followed by the inserted new text. Equal + delete parts spell `a`; equal + insert parts spell `b`.
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const run of diffTexts(a, b, "reading")) {
    if (run.equal) {
      parts.push({ op: "equal", text: a.slice(run.aStart, run.aEnd) });
      continue;
    }
    if (run.aEnd > run.aStart) parts.push({ op: "delete", text: a.slice(run.aStart, run.aEnd) });
    if (run.bEnd > run.bStart) parts.push({ op: "insert", text: b.slice(run.bStart, run.bEnd) });
  }
  return parts;
}
