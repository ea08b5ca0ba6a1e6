import { parse } from "csv-parse/sync";
import { renderCsv } from "@/lib/reports/render-csv";
import { renderDocx } from "@/lib/reports/render-docx";
import { renderHtml } from "@/lib/reports/render-html";
import { renderMarkdown } from "@/lib/reports/render-markdown";
import { renderPdfBuffer } from "@/lib/reports/render-pdf";
import { makeArticle } from "./fixtures";
import { docxText, flat, pdfText } from "./support";

// A version nobody has annotated yet still gets a report: zero counts, an empty list said in words, the text.
describe("an article without claims", () => {
  const article = makeArticle({ claims: [], reviewers: [], language: null, sourceUrl: null });

  it("renders in every format", async () => {
    expect(renderMarkdown(article)).toContain("No claims in this version.");
    const html = renderHtml(article);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("No claims in this version.");
    expect(parse(await renderCsv(article), { bom: true })).toHaveLength(1); // the header row only
    expect(docxText(await renderDocx(article)).text).toContain("No claims in this version.");
    const pdf = flat(await pdfText(await renderPdfBuffer(article)));
    expect(pdf).toContain("No claims in this version.");
    expect(pdf).toContain("Verified 0 (0%)");
    expect(pdf).toContain("Orphaned sentences were here once"); // the appendix still shows the text
  });
});
