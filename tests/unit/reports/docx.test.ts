import { STATUS_LABELS } from "@/lib/exports/export-model";
import { renderDocx } from "@/lib/reports/render-docx";
import { STATUS_COLORS } from "@/lib/reports/status-colors";
import { FORMULA_NOTE, SCRIPT_NOTE, makeArticle } from "./fixtures";
import { docxText, unzip } from "./support";

describe("DOCX report", () => {
  const article = makeArticle();
  let text = "";
  let xml = "";
  let rels = ""; // hyperlink targets live in the document's relationships part

  beforeAll(async () => {
    const docx = await renderDocx(article);
    ({ text, xml } = docxText(docx));
    rels = unzip(docx).get("word/_rels/document.xml.rels")!.toString("utf8");
  });

  it("has the title block and a summary table with counts per status", () => {
    const lines = text.split("\n");
    expect(lines).toContain(article.title);
    expect(lines).toContain("Version: 3, 2025-02-28 12:30 UTC");
    expect(lines).toContain("Summary");
    // The table: one paragraph per cell, status then count then share then the bar.
    expect(text).toMatch(/\nVerified\n2\n33%\n█+\n/);
    expect(text).toMatch(/\nTotal\n6\n/);
  });

  it("lists every claim with its status, quote, note and sources", () => {
    article.claims.forEach((claim, i) => {
      expect(text).toContain(`${i + 1}. ${STATUS_LABELS[claim.status]}`);
      expect(text).toContain(claim.exact);
      for (const s of claim.sources) expect(text).toContain(s.title ?? s.url);
    });
    expect(text).toContain(SCRIPT_NOTE);
    expect(text).toContain(FORMULA_NOTE);
    expect(text).toContain("Approval: Alice Émond, 2025-03-01 12:20 UTC");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(xml).not.toContain("<script");
  });

  it("links only http(s) sources", () => {
    expect(rels).toContain("https://stats.example.ch/report");
    expect(rels).not.toContain("javascript:");
  });

  it("appends the article text with claims shaded in their status colours", () => {
    const appendix = text.slice(text.indexOf("Article text with claims highlighted"));
    expect(appendix).toContain("Café owners in Zürich say [1]prices rose by [2]12% last year");
    expect(appendix).toContain("Orphaned sentences were here once");
    for (const status of ["VERIFIED", "DISPUTED", "UNSOURCED", "UNREVIEWED"] as const) {
      expect(xml).toContain(`w:fill="${STATUS_COLORS[status].tint.slice(1).toUpperCase()}"`);
    }
  });
});
