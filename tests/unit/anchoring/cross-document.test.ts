// Anchoring across documents: spans described on a news page's extracted article (expected.html) are
// re-found in the full saved page (source.html), where navigation, ads and related stories surround the
// article, offsets shift and whitespace differs. Both texts go through the same extraction and normalisation.
jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));

import { anchor, CONFIDENCE_THRESHOLD, describe as describeSpan } from "@/lib/anchoring";
import { NEWS_PAGES, newsPageText, randomSpan, seededRandom } from "./support";

const SPANS_PER_PAGE = 60;
/** How far to compare surrounding text when deciding which copy of a repeated quote is the article's. */
const CONTEXT_REACH = 2000;

/**
 * Length of identical text around `at` in `source` and around `spanStart` in `expected` (left) and after
 * the span ends (right), up to CONTEXT_REACH each side.
 */
function sharedContext(expected: string, spanStart: number, spanEnd: number, source: string, at: number): number {
  let left = 0;
  while (left < CONTEXT_REACH && spanStart - left > 0 && at - left > 0 && expected[spanStart - left - 1] === source[at - left - 1]) left++;
  const atEnd = at + (spanEnd - spanStart);
  let right = 0;
  while (right < CONTEXT_REACH && spanEnd + right < expected.length && atEnd + right < source.length && expected[spanEnd + right] === source[atEnd + right]) right++;
  return left + right;
}

/**
 * The right occurrence(s) of the span's text in the source. Criterion: the article's own copy of a sentence
 * sits among the same paragraphs as in the extracted article, while a teaser, caption or summary copy shares
 * only the sentence itself. So the right occurrences are those sharing the most identical surrounding text
 * (compared up to 2,000 units each side) with the span's place in the extracted article; occurrences tied at
 * that maximum are textually indistinguishable and all count as right.
 */
function rightOccurrences(expected: string, start: number, end: number, source: string): number[] {
  const exact = expected.slice(start, end);
  const found: Array<{ at: number; shared: number }> = [];
  for (let at = source.indexOf(exact); at >= 0; at = source.indexOf(exact, at + 1)) {
    found.push({ at, shared: sharedContext(expected, start, end, source, at) });
  }
  const best = Math.max(...found.map((f) => f.shared));
  return found.filter((f) => f.shared === best).map((f) => f.at);
}

type Tally = { right: number; review: number; notFound: number; wrong: number; repeated: number };

describe("anchoring spans of the extracted article in the full news page", () => {
  const totals: Tally = { right: 0, review: 0, notFound: 0, wrong: 0, repeated: 0 };
  const failures: string[] = [];

  it.each(NEWS_PAGES)("%s", (page) => {
    const expected = newsPageText(page, "expected.html");
    const source = newsPageText(page, "source.html");
    const rng = seededRandom(0x5eed + page.length * 7919 + page.charCodeAt(0));
    const tally: Tally = { right: 0, review: 0, notFound: 0, wrong: 0, repeated: 0 };

    const picked = new Set<string>();
    for (let n = 0; n < SPANS_PER_PAGE; n++) {
      let span = randomSpan(expected, rng);
      // Distinct spans, so a page's figure is not inflated by the same span counted twice.
      for (let tries = 0; picked.has(`${span.start}:${span.end}`) && tries < 100; tries++) span = randomSpan(expected, rng);
      picked.add(`${span.start}:${span.end}`);
      const { quote, position } = describeSpan(expected, span.start, span.end);
      const right = rightOccurrences(expected, span.start, span.end, source);
      // The extraction keeps the article's text intact, so the quote is always in the source somewhere.
      expect(right.length).toBeGreaterThan(0);
      if (source.indexOf(quote.exact) !== source.lastIndexOf(quote.exact)) tally.repeated++;

      const found = anchor(source, [quote, position]);
      if (!found) {
        tally.notFound++;
        failures.push(`${page} not found: ${JSON.stringify(quote.exact)}`);
      } else if (found.score < CONFIDENCE_THRESHOLD) {
        tally.review++;
        failures.push(`${page} review (${found.score.toFixed(3)}): ${JSON.stringify(quote.exact)}`);
      } else if (source.slice(found.start, found.end) === quote.exact && right.includes(found.start)) {
        tally.right++;
      } else {
        tally.wrong++;
        failures.push(`${page} WRONG: ${JSON.stringify(quote.exact)} -> ${JSON.stringify(source.slice(found.start, found.end))}`);
      }
    }
    for (const key of Object.keys(totals) as Array<keyof Tally>) totals[key] += tally[key];
    process.stdout.write(
      `cross-document ${page.padEnd(11)} spans ${SPANS_PER_PAGE}  right ${tally.right}  needs review ${tally.review}  not found ${tally.notFound}  WRONG ${tally.wrong}  (quote repeated in page: ${tally.repeated})\n`,
    );
    expect(tally.wrong).toBe(0);
  });

  afterAll(() => {
    const all = NEWS_PAGES.length * SPANS_PER_PAGE;
    process.stdout.write(
      `cross-document overall: spans ${all}  right ${totals.right} (${((100 * totals.right) / all).toFixed(1)}%)  needs review ${totals.review}  not found ${totals.notFound}  WRONG ${totals.wrong}  (quote repeated in page: ${totals.repeated})\n` +
        failures.map((f) => `  ${f}\n`).join(""),
    );
  });

  it("gets at least 99% right overall and none wrong", () => {
    // Runs after the per-page cases (Jest runs tests of a file in order).
    const all = NEWS_PAGES.length * SPANS_PER_PAGE;
    expect(totals.right + totals.review + totals.notFound + totals.wrong).toBe(all);
    expect(totals.wrong).toBe(0);
    expect(totals.right / all).toBeGreaterThanOrEqual(0.99);
  });
});
