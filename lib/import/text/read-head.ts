import { normalizeDate } from "../dates";
import type { Reasons } from "./chrome-rules";
import { bylineOf, isBodyParagraph, isHeadingLike, wordCount } from "./line-shapes";
import type { Unit } from "./units";

export type Head = { titleIndex: number | null; byline: string | null; publishedAt: string | null };

const dateOf = (text: string): string | null =>
  wordCount(text) <= 10 ? normalizeDate(text.replace(/^(published|updated|posted)( on)?:?\s*/i, "")) : null;

/**
 * Reads the head of a plain-text article: everything before its first paragraph of running text. The headline is
 * the longest heading-like line there (site names, section labels and search boxes are shorter); a byline or date
 * line there becomes metadata; short lines above the headline are site navigation and are dropped, taking the reason
 * of the nearest known furniture line ("trend box", else "navigation").
 */
export function readHead(units: Unit[], reasons: Reasons): Head {
  const head: Head = { titleIndex: null, byline: null, publishedAt: null };
  const firstBody = units.findIndex((u, i) => !reasons.has(i) && !u.bullet && isBodyParagraph(u.text));
  if (firstBody < 0) return head;
  for (let i = 0; i < firstBody; i++) {
    if (reasons.has(i)) continue;
    const byline = bylineOf(units[i].text);
    const date = byline ? null : dateOf(units[i].text);
    if (byline && !head.byline) {
      head.byline = byline;
      reasons.set(i, "byline (moved to the byline field)");
    } else if (date && !head.publishedAt) {
      head.publishedAt = date;
      reasons.set(i, "date line (moved to the date field)");
    } else if (!units[i].bullet && isHeadingLike(units[i].text)) {
      const best = head.titleIndex === null ? 0 : wordCount(units[head.titleIndex].text);
      if (wordCount(units[i].text) >= best) head.titleIndex = i;
    }
  }
  if (head.titleIndex === null) return head;
  for (let i = 0; i < head.titleIndex; i++) {
    if (reasons.has(i) || isBodyParagraph(units[i].text) || wordCount(units[i].text) > 12) continue;
    reasons.set(i, nearestReason(reasons, i, head.titleIndex) ?? "navigation");
  }
  return head;
}

function nearestReason(reasons: Reasons, index: number, limit: number): string | null {
  for (let distance = 1; distance < limit; distance++) {
    for (const j of [index + distance, index - distance]) {
      const reason = j >= 0 && j < limit ? reasons.get(j) : undefined;
      if (reason) return reason;
    }
  }
  return null;
}
