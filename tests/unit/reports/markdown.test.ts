jest.mock("marked", () => jest.requireActual("../../support/native-modules").nativeModule("marked"));
import { marked } from "marked";
import { RELATION_LABELS, STATUS_LABELS } from "@/lib/exports/export-model";
import { renderMarkdown } from "@/lib/reports/render-markdown";
import { makeArticle } from "./fixtures";

describe("Markdown report", () => {
  const article = makeArticle();
  const markdown = renderMarkdown(article);
  const html = marked.parse(markdown, { async: false }) as string;

  it("has the article's details and a summary with counts per status", () => {
    expect(markdown).toContain("# Review report: Café prices in Zürich");
    expect(markdown).toContain("- **Version:** 3, 2025-02-28 12:30 UTC");
    expect(markdown).toContain("Alice Émond, Bob “Bobby” O’Neil");
    expect(markdown).toMatch(/\| Verified \| 2 \| █+ 33% \|/);
    expect(markdown).toMatch(/\| Unreviewed \| 1 \| █+ 17% \|/);
    expect(markdown).toContain("| **Total** | 6 | |");
  });

  it("lists every claim in document order with its status, quote and sources", () => {
    const headings = [...markdown.matchAll(/^### (\d+)\. (\w+)$/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(headings).toEqual(article.claims.map((c, i) => [i + 1, STATUS_LABELS[c.status]]));
    const text = html.replace(/<[^>]+>/g, "");
    for (const claim of article.claims) expect(text).toContain(claim.exact.replace(/&/g, "&amp;").replace(/"/g, "&quot;"));
    for (const source of article.claims.flatMap((c) => c.sources)) {
      expect(markdown).toContain(`${RELATION_LABELS[source.relation]}:`);
      if (source.url.startsWith("https")) expect(html).toContain(`href="${source.url.replace(/&/g, "&amp;")}"`);
    }
    expect(markdown).toContain("- **Approval:** approved by Alice Émond, 2025-03-01 12:20 UTC");
    expect(markdown).toContain("- **Position:** not found in this version of the article");
  });

  it("emphasises the quote inside its context", () => {
    expect(html).toContain("<strong>prices rose by 12% last year</strong>");
  });

  it("escapes user text so notes cannot add HTML, links or images", () => {
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|b>)/); // every "<" of user text is backslash-escaped
    expect(html).not.toMatch(/<script|<img|<b>/i);
    // The only links are the http(s) sources and the article's own address.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.every((href) => /^https:\/\/(stats|news|parks)\.example\./.test(href))).toBe(true);
    expect(html).not.toContain("javascript:alert(4)\"");
    expect(html).toContain("[click me](javascript:alert(3))"); // shown literally
    expect(html).not.toMatch(/<h\d>not a heading/);
  });
});
