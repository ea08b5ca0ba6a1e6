import { appendixParagraphs } from "@/lib/reports/appendix-paragraphs";
import { claimContext, trimAfter, trimBefore } from "@/lib/reports/claim-context";
import { neutraliseFormula } from "@/lib/reports/csv-cells";
import { inDocumentOrder } from "@/lib/reports/document-order";
import { highlightSegments, type HighlightSpan } from "@/lib/reports/highlight-segments";
import { escapeMarkdown, markdownLink } from "@/lib/reports/markdown-escape";
import { prepareReport } from "@/lib/reports/prepare-report";
import { countByStatus, statusRows } from "@/lib/reports/status-counts";
import { ARTICLE_TEXT, makeArticle, makeClaim } from "./fixtures";

describe("context trimming", () => {
  const long = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon";

  it("keeps short context whole, without an ellipsis", () => {
    expect(trimBefore("said that ")).toBe("said that ");
    expect(trimAfter(", he said.")).toBe(", he said.");
  });

  it("cuts at a word boundary and marks the cut", () => {
    const before = trimBefore(long, 40);
    expect(before.startsWith("…")).toBe(true);
    expect(before.length).toBeLessThanOrEqual(41);
    expect(long.endsWith(before.slice(1))).toBe(true);
    expect(long.split(" ")).toContain(before.slice(1).split(" ")[0]); // starts on a whole word
    const after = trimAfter(long, 40);
    expect(after.endsWith("…")).toBe(true);
    expect(long.startsWith(after.slice(0, -1))).toBe(true);
    expect(long.split(" ")).toContain(after.slice(0, -1).split(" ").pop());
  });

  it("never splits a surrogate pair when a long token has no space", () => {
    const emoji = "🎉".repeat(60);
    expect(trimBefore(emoji, 41).slice(1)).toMatch(/^(🎉)+$/u);
    expect(trimAfter(emoji, 41).slice(0, -1)).toMatch(/^(🎉)+$/u);
  });

  it("takes ~80 characters from the version text for a located claim, and the stored context otherwise", () => {
    const article = makeArticle();
    const located = claimContext(article.claims[2], ARTICLE_TEXT);
    expect(located.before.length).toBeGreaterThan(32); // more than the stored 32-character prefix
    expect(located.before.length).toBeLessThanOrEqual(81);
    expect(located.after.length).toBeLessThanOrEqual(81);
    const orphan = article.claims[5];
    expect(claimContext(orphan, ARTICLE_TEXT)).toEqual({ before: "Orphaned ", after: " once but have since" });
  });
});

describe("document order and counts", () => {
  it("sorts by start then end and puts orphaned claims last", () => {
    const text = "one two three four";
    const claims = [
      makeClaim(text, "three", { id: "c" }),
      makeClaim(text, "x", { id: "orphan", anchorState: "ORPHANED" }),
      makeClaim(text, "one two", { id: "b" }),
      makeClaim(text, "one", { id: "a" }),
    ];
    expect(inDocumentOrder(claims).map((c) => c.id)).toEqual(["a", "b", "c", "orphan"]);
  });

  it("counts every status and gives shares that add up to one", () => {
    const counts = countByStatus(makeArticle().claims);
    expect(counts).toEqual({ VERIFIED: 2, DISPUTED: 1, UNSOURCED: 2, UNREVIEWED: 1 });
    const rows = statusRows(counts);
    expect(rows.map((r) => r.label)).toEqual(["Verified", "Disputed", "Unsourced", "Unreviewed"]);
    expect(rows.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1);
    expect(statusRows(countByStatus([])).every((r) => r.share === 0)).toBe(true);
  });

  it("numbers claims in document order and highlights only located ones", () => {
    const view = prepareReport(makeArticle({ claims: [...makeArticle().claims].reverse() }));
    expect(view.claims.map((c) => c.claim.exact)[0]).toBe("prices rose by 12% last year");
    expect(view.claims.at(-1)!.located).toBe(false);
    expect(view.spans.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("highlight segments", () => {
  const span = (number: number, start: number, end: number): HighlightSpan => ({ number, start, end, status: "VERIFIED" });

  it("splits overlapping claims into pieces, innermost claim first", () => {
    const segments = highlightSegments(20, [span(1, 2, 10), span(2, 6, 14), span(3, 7, 8)]);
    const covered = segments.map((s) => [s.start, s.end, s.claims.map((c) => c.number)]);
    expect(covered).toEqual([
      [0, 2, []],
      [2, 6, [1]],
      [6, 7, [1, 2]], // claims 1 and 2 are equally long: the tie goes by number
      [7, 8, [3, 1, 2]],
      [8, 10, [1, 2]],
      [10, 14, [2]],
      [14, 20, []],
    ]);
    expect(segments.find((s) => s.start === 6)!.starts).toEqual([2]);
    expect(segments.map((s) => s.end - s.start).reduce((a, b) => a + b)).toBe(20);
  });

  it("ignores spans outside the text or empty", () => {
    const segments = highlightSegments(5, [span(1, 3, 9), span(2, 2, 2), span(3, -1, 2)]);
    expect(segments).toEqual([{ start: 0, end: 5, claims: [], starts: [] }]);
  });

  it("cuts paragraphs at line breaks and keeps every claim number", () => {
    const text = "First para.\n\nSecond para here.";
    const paragraphs = appendixParagraphs(text, [span(1, 6, 22), span(2, 13, 19)]);
    expect(paragraphs.map((p) => p.map((piece) => piece.text).join(""))).toEqual(["First para.", "Second para here."]);
    expect(paragraphs.flat().flatMap((piece) => piece.starts)).toEqual([1, 2]);
    expect(paragraphs[1][0]).toMatchObject({ text: "Second", starts: [2] });
  });
});

describe("escaping", () => {
  it("neutralises every formula prefix and nothing else", () => {
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ["plain", "1-2", "a=b", "", "'quoted"]) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it("backslash-escapes Markdown syntax and links only http(s) URLs", () => {
    expect(escapeMarkdown("[x](javascript:y) <b> *a* #1")).toBe("\\[x\\]\\(javascript\\:y\\) \\<b\\> \\*a\\* \\#1");
    expect(markdownLink("Report", "https://example.org/a_(b)")).toBe("[Report](<https://example.org/a_(b)>)");
    expect(markdownLink("Bad", "javascript:alert(1)")).toBe("Bad (javascript\\:alert\\(1\\))");
  });
});
