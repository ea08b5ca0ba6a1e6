import { anchor, CONFIDENCE_THRESHOLD, type TextPositionSelector, type TextQuoteSelector } from "@/lib/anchoring";
import { codePointOffsets } from "./code-points";
import type { ParsedAnnotation } from "./parse-web-annotations";

/** `index` counts from 1, as the import's messages number annotations. */
export type PlannedClaim = { index: number; start: number; end: number; annotation: ParsedAnnotation };
export type NotAnchored = { index: number; exact: string; reason: string };
export type ImportPlan = { create: PlannedClaim[]; notAnchored: NotAnchored[] };

/**
 * Decides where each uploaded annotation lands in a version's text, with the same anchoring (and the same
 * confidence threshold) as re-anchoring after an edit: a doubtful match is reported, never created. Annotations on
 * words that already carry a live claim (or an earlier annotation of the same file) are reported too, so importing a
 * file twice does not double the review.
 */
export function planImport(text: string, annotations: readonly ParsedAnnotation[], existing: readonly { start: number; end: number }[]): ImportPlan {
  const offsets = codePointOffsets(text);
  const taken = new Set(existing.map((span) => `${span.start}:${span.end}`));
  const plan: ImportPlan = { create: [], notAnchored: [] };
  annotations.forEach((annotation, i) => {
    const index = i + 1;
    const skip = (reason: string) => plan.notAnchored.push({ index, exact: annotation.exact, reason });
    const quote: TextQuoteSelector | undefined = annotation.exact
      ? { type: "TextQuoteSelector", exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix }
      : undefined;
    // Positions arrive in code points; anchoring (and the database) count UTF-16 units.
    const position: TextPositionSelector | undefined =
      annotation.positionStart !== undefined && annotation.positionEnd !== undefined
        ? { type: "TextPositionSelector", start: offsets.toUtf16(annotation.positionStart), end: offsets.toUtf16(annotation.positionEnd) }
        : undefined;
    const match = anchor(text, { quote, position });
    if (!match) return skip(quote ? "The quoted words are not in this version of the article." : "The position is outside this version of the article.");
    if (!quote) return skip("The annotation gives only a position, with no quoted words to confirm it: mark the claim by hand.");
    if (match.score < CONFIDENCE_THRESHOLD) {
      const confidence = `confidence ${match.score.toFixed(2)}`;
      return skip(
        text.slice(match.start, match.end) === quote.exact
          ? `The words occur more than once, or not in the context the annotation gives (${confidence}): mark the claim by hand.`
          : `Only similar words were found (${confidence}): mark the claim by hand if it still applies.`,
      );
    }
    if (text.slice(match.start, match.end).trim() === "") return skip("The match holds no words.");
    const key = `${match.start}:${match.end}`;
    if (taken.has(key)) return skip("These words already carry a claim.");
    taken.add(key);
    plan.create.push({ index, start: match.start, end: match.end, annotation });
  });
  return plan;
}
