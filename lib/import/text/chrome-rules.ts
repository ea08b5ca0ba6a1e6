import { comparisonKey } from "../blocks";
import { boilerplateReason } from "./boilerplate";
import { endsSentence, isBodyParagraph, isHeadingLike, wordCount } from "./line-shapes";
import type { Unit } from "./units";

/** Why each removed unit was removed, by unit index. Rules only add; a unit keeps the first reason it got. */
export type Reasons = Map<number, string>;

const mark = (reasons: Reasons, index: number, reason: string) => {
  if (!reasons.has(index)) reasons.set(index, reason);
};

/** Known furniture phrases, wherever they stand ("Advertisement. Scroll to continue reading."). */
export function markPatterns(units: Unit[], reasons: Reasons): void {
  units.forEach((unit, i) => {
    const reason = boilerplateReason(unit.text);
    if (reason) mark(reasons, i, reason);
  });
}

/**
 * A "More References" / "You May Also Like" header in the second half of the text opens a list of other stories that
 * runs to the end. It is only taken as such when what follows reads like a link list (mostly lines that do not end a
 * sentence: headlines and cut-off teasers), so an article that merely has a "Related" subheading keeps its text.
 */
export function markRelatedLinks(units: Unit[], reasons: Reasons): void {
  const start = units.findIndex((u, i) => i >= units.length / 2 && reasons.get(i) === "related links");
  if (start < 0) return;
  const after = units.slice(start + 1);
  const unfinished = after.filter((u) => !endsSentence(u.text)).length;
  if (after.length > 2 && unfinished < after.length / 2) return;
  for (let i = start + 1; i < units.length; i++) mark(reasons, i, boilerplateReason(units[i].text) ?? "related links");
}

/**
 * A list near the top whose items all come back later as the article's own headings and lines is a table of contents
 * scraped out of the body: the items found again are dropped (nothing is lost, the body keeps them).
 */
export function markDuplicateList(units: Unit[], reasons: Reasons): void {
  const keys = units.map((u) => comparisonKey(u.text));
  let i = 0;
  while (i < units.length / 3) {
    if (!units[i].bullet) {
      i++;
      continue;
    }
    let end = i;
    while (end < units.length && units[end].bullet) end++;
    const later = new Set(keys.slice(end));
    const found = keys.slice(i, end).map((key) => key !== "" && later.has(key));
    if (end - i >= 3 && found.filter(Boolean).length >= (end - i) * 0.6) {
      found.forEach((isFound, k) => isFound && mark(reasons, i + k, "duplicate heading list"));
    }
    i = end;
  }
}

/**
 * Image alt text left in a scrape ("Steve Witkoff Kremlin meeting"): a short label with no punctuation at all,
 * standing between a paragraph and a real heading that opens the next section.
 */
export function markCaptions(units: Unit[], reasons: Reasons): void {
  const kept = units.map((_, i) => i).filter((i) => !reasons.has(i));
  for (let k = 1; k + 2 < kept.length; k++) {
    const [prev, unit, next, afterNext] = [kept[k - 1], kept[k], kept[k + 1], kept[k + 2]].map((i) => units[i]);
    const label = !unit.bullet && wordCount(unit.text) <= 8 && /^[\p{L}\p{N}\s'’&-]+$/u.test(unit.text);
    if (label && isBodyParagraph(prev.text) && !next.bullet && isHeadingLike(next.text) && isBodyParagraph(afterNext.text)) {
      mark(reasons, kept[k], "image caption");
    }
  }
}

/**
 * After the last paragraph of the article, a run of short non-sentence lines that includes known furniture
 * ("Leave a Reply", "You May Also Like") is the page footer: all of it goes.
 */
export function markFooter(units: Unit[], reasons: Reasons): void {
  let last = -1;
  units.forEach((u, i) => {
    if (!reasons.has(i) && isBodyParagraph(u.text)) last = i;
  });
  if (last < 0) return;
  const tail = units.map((_, i) => i).filter((i) => i > last && !reasons.has(i));
  const furnitureSeen = units.some((_, i) => i > last && reasons.has(i));
  if (!furnitureSeen || tail.some((i) => wordCount(units[i].text) > 8 || endsSentence(units[i].text))) return;
  for (const i of tail) mark(reasons, i, "footer");
}
