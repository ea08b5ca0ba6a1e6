jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));
import { JSDOM } from "jsdom";
import { STATUS_LABELS } from "@/lib/exports/export-model";
import { renderHtml } from "@/lib/reports/render-html";
import { FORMULA_NOTE, SCRIPT_NOTE, makeArticle } from "./fixtures";

describe("HTML report", () => {
  const article = makeArticle();
  const html = renderHtml(article);
  const document = new JSDOM(html).window.document;

  it("is one self-contained document: no scripts, no external loads", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc\s*=\s*["']?(https?:)?\/\//i);
    expect(document.querySelectorAll("[src], [srcset], [poster], [background]").length).toBe(0);
    expect(html).not.toMatch(/<link|@import|url\(/i);
    expect(document.querySelectorAll("script, img, iframe, object, embed, link").length).toBe(0);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(document.querySelector("style")!.textContent).toContain("@media print");
  });

  it("is accessible: language, headings, captions and a chart with a text alternative", () => {
    expect(document.documentElement.lang).toBe("en");
    expect(document.querySelector("h1")!.textContent).toBe(article.title);
    expect([...document.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Summary",
      "Claims",
      "Article text with claims highlighted",
    ]);
    expect(document.querySelector("caption")!.textContent).toBe("Claims per status");
    const chart = document.querySelector("svg[role=img]")!;
    expect(chart.getAttribute("aria-labelledby")).toBe("chart-title chart-desc");
    expect(chart.querySelector("desc")!.textContent).toBe("Verified: 2 (33%), Disputed: 1 (17%), Unsourced: 2 (33%), Unreviewed: 1 (17%)");
    expect(chart.querySelectorAll("rect")).toHaveLength(4);
  });

  it("shows every claim with its status, quote in context, note and sources", () => {
    const claims = [...document.querySelectorAll("article.claim")];
    expect(claims).toHaveLength(article.claims.length);
    article.claims.forEach((claim, i) => {
      const el = claims[i];
      expect(el.id).toBe(`claim-${i + 1}`);
      expect(el.querySelector(".badge")!.textContent).toBe(STATUS_LABELS[claim.status]);
      expect(el.querySelector(".context strong")!.textContent).toBe(claim.exact);
      for (const source of claim.sources) expect(el.textContent).toContain(source.title ?? source.url);
    });
    // Notes arrive as text, never as markup.
    expect(claims[1].textContent).toContain(SCRIPT_NOTE);
    expect(claims[2].textContent).toContain(FORMULA_NOTE);
    expect(claims[0].querySelector("dd strong a[href='https://stats.example.ch/report']")!.textContent).toBe("the report");
    expect(claims[1].querySelector("dd b")).toBeNull();
    expect(claims[4].querySelector("a[href^='javascript']")).toBeNull();
    expect(claims[0].textContent).toContain("+1 looks right");
  });

  it("highlights located claims in the appendix, numbered and split where they overlap", () => {
    const appendix = document.querySelector("section.appendix")!;
    const markers = [...appendix.querySelectorAll("sup.n a")].map((a) => a.getAttribute("href"));
    expect(markers).toEqual(["#claim-1", "#claim-2", "#claim-3", "#claim-4", "#claim-5"]);
    const marked = (cls: string) => [...appendix.querySelectorAll(`p mark.${cls}`)].map((m) => m.textContent).join("|");
    expect(marked("s-verified")).toContain("prices rose by ");
    expect(marked("s-disputed")).toContain(", according to the city’s “Economy Report”");
    expect(marked("overlap")).toBe("12% last year|no other city");
    expect(appendix.textContent).toContain("Orphaned sentences were here once"); // whole text, unhighlighted
  });
});
