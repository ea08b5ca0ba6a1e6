// The upstream anchoring suites restated as data (shared/testdata/anchoring/anchoring-cases.json).
jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));

import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { anchor, approxSearch, CONFIDENCE_THRESHOLD, describe as describeSpan } from "@/lib/anchoring";
import { sharedPath } from "../../support/shared";

type Match = { start: number; end: number; errors: number };
type AsmCase = {
  id: string;
  text: string;
  pattern: string;
  maxErrors: number | "len(pattern)";
  expect?: Match[] | { everyMatchedTextEquals: string };
  expectAnyOf?: Match[];
  expectCount?: number;
};
type DaqCase = {
  id: string;
  selector?: { exact: string; prefix?: string; suffix?: string };
  rangeOverElement?: string;
  expect: { matchedText?: string; match?: null; exact?: string; prefix?: string; suffix?: string; hintSelectsOccurrence?: boolean };
};

const cases = JSON.parse(readFileSync(sharedPath("testdata", "anchoring", "anchoring-cases.json"), "utf8")) as {
  approx_string_match: AsmCase[];
  dom_anchor_text_quote: DaqCase[];
};

describe("approx_string_match cases, through approxSearch", () => {
  it.each(cases.approx_string_match.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const maxErrors = c.maxErrors === "len(pattern)" ? c.pattern.length : c.maxErrors;
    const found = approxSearch(c.text, c.pattern, maxErrors);
    // Upstream keeps only lowest-error matches; approxSearch returns those, so every one must be allowed.
    if (c.expectCount !== undefined) {
      const distinct = found.filter((m, i) => i === 0 || m.start >= found[i - 1].end);
      expect(distinct).toHaveLength(c.expectCount);
      expect(found.every((m) => m.errors === 0)).toBe(true);
    } else if (c.expectAnyOf) {
      expect(found.length).toBeGreaterThan(0);
      for (const m of found) expect(c.expectAnyOf).toContainEqual(m);
    } else if (Array.isArray(c.expect)) {
      if (c.expect.length === 0) expect(found).toEqual([]);
      else for (const m of found) expect(c.expect).toContainEqual(m);
      expect(found.length > 0).toBe(c.expect.length > 0);
      // Each expected match is reported (the library lists every end offset that reaches the minimum).
      for (const e of c.expect) expect(found).toContainEqual(e);
    } else if (c.expect) {
      expect(found.length).toBeGreaterThan(0);
      for (const m of found) expect(c.text.slice(m.start, m.end)).toBe(c.expect.everyMatchedTextEquals);
    }
  });
});

describe("dom_anchor_text_quote cases, over test.html's textContent", () => {
  const html = readFileSync(sharedPath("testdata", "anchoring", "dom-anchor-text-quote", "test.html"), "utf8");
  const dom = new JSDOM(html);
  const text = dom.window.document.body.textContent ?? "";

  it.each(cases.dom_anchor_text_quote.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    if (c.rangeOverElement) {
      // describe() of the element's range: context is raw textContent, whitespace untouched.
      const element = dom.window.document.querySelector(c.rangeOverElement);
      const inner = element?.textContent ?? "";
      const start = text.indexOf(inner);
      expect(text.indexOf(inner, start + 1)).toBe(-1);
      const { quote } = describeSpan(text, start, start + inner.length);
      expect(quote).toEqual({ type: "TextQuoteSelector", exact: c.expect.exact, prefix: c.expect.prefix, suffix: c.expect.suffix });
      return;
    }
    const quote = { type: "TextQuoteSelector" as const, ...c.selector! };
    if (c.expect.hintSelectsOccurrence) {
      const first = text.indexOf(quote.exact);
      const last = text.lastIndexOf(quote.exact);
      expect(last).toBeGreaterThan(first);
      const at = (start: number) => anchor(text, [quote, { type: "TextPositionSelector", start, end: start + quote.exact.length }]);
      expect(at(first)).toEqual({ start: first, end: first + quote.exact.length, score: 1 });
      expect(at(last)).toEqual({ start: last, end: last + quote.exact.length, score: 1 });
      // Without a hint the two are a tie the quote cannot break: found, but not confidently.
      expect(anchor(text, [quote])!.score).toBeLessThan(CONFIDENCE_THRESHOLD);
      return;
    }
    const found = anchor(text, { quote });
    if (c.expect.match === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe(c.expect.matchedText);
    if (c.id.startsWith("daq-disambiguate")) {
      // The "on" inside "Donec non enim" (the <a> element), not the ones in "Donec" elsewhere.
      const link = text.indexOf("Donec non enim");
      expect(found!.start).toBe(link + "Donec n".length);
    }
    // Exact quotes with agreeing (or no) context are confident; see the reanchor tests for fuzzy ones.
    if (quote.exact === c.expect.matchedText && !quote.prefix?.includes("bogomips")) {
      expect(found!.score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    }
  });
});
