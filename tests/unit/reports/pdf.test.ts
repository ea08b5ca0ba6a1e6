import { standardFonts } from "@/lib/reports/pdf-fonts";
import { renderPdf, renderPdfBuffer } from "@/lib/reports/render-pdf";
import { STATUS_LABELS } from "@/lib/exports/export-model";
import { readAll } from "@/lib/reports/read-all";
import { FORMULA_NOTE, SCRIPT_NOTE, makeArticle, makeClaim } from "./fixtures";
import { flat, pdfText } from "./support";

describe("PDF report", () => {
  const article = makeArticle();
  let text = "";

  beforeAll(async () => {
    text = await pdfText(await renderPdfBuffer(article));
  });

  it("has the title block and a labelled summary chart", () => {
    const words = flat(text);
    expect(words).toContain("Café prices in Zürich: a “fair” review <script>alert('t')</script>");
    expect(words).toContain("Version: 3, 2025-02-28 12:30 UTC");
    expect(words).toContain("Reviewers: Alice Émond, Bob “Bobby” O’Neil, @SUM(1+1), nameless@example.org");
    for (const label of ["Verified 2 (33%)", "Disputed 1 (17%)", "Unsourced 2 (33%)", "Unreviewed 1 (17%)"]) expect(words).toContain(label);
  });

  it("lists every claim with its status, quote, note and sources", () => {
    const words = flat(text);
    article.claims.forEach((claim, i) => {
      expect(words).toContain(`${i + 1}. ${STATUS_LABELS[claim.status]}`);
      expect(words).toContain(claim.exact.replace("🎉", "□")); // DejaVu has no glyph for this emoji
      for (const s of claim.sources) expect(words).toContain(s.title ?? s.url);
    });
    expect(words).toContain(SCRIPT_NOTE);
    expect(words).toContain(FORMULA_NOTE);
    expect(words).toContain("Supports: Zürich “Economy Report” 2024 — Publisher & Co https://stats.example.ch/report");
    expect(words).toContain("Approval Alice Émond, 2025-03-01 12:20 UTC");
    expect(words).toContain("Position not found in this version of the article");
  });

  it("ends with the article text, claims numbered where they start", () => {
    const appendix = flat(text.slice(text.indexOf("Article text with claims highlighted")));
    expect(appendix).toContain("Café owners in Zürich say 1 prices rose by 2 12% last year");
    expect(appendix).toContain("Orphaned sentences were here once but have since been removed from the article.");
  });

  it("falls back to Helvetica without losing text WinAnsi can show", async () => {
    const words = flat(await pdfText(await renderPdfBuffer(article, { fonts: standardFonts() })));
    expect(words).toContain("Café prices in Zürich: a “fair” review");
    expect(words).toContain("celebrated the new park ? on Saturday");
  });

  describe("streaming", () => {
    const text = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} says something checkable.`).join("\n\n");
    const claims = Array.from({ length: 400 }, (_, i) => makeClaim(text, `Sentence number ${i} says`, { status: "VERIFIED" }));
    const big = makeArticle({ version: { id: "v", number: 1, createdAt: new Date(0), text }, claims });

    it("waits for the reader instead of buffering the whole file", async () => {
      const stream = renderPdf(big);
      await new Promise((resolve) => setTimeout(resolve, 300)); // nobody reads meanwhile
      const buffered = stream.readableLength;
      const pdf = await readAll(stream);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(buffered).toBeLessThan(pdf.length / 4);
    }, 30_000);

    it("stops rendering, without an error, when the reader goes away", async () => {
      const stream = renderPdf(big);
      const errors: unknown[] = [];
      stream.on("error", (error) => errors.push(error));
      let ended = false;
      stream.on("end", () => (ended = true));
      await new Promise((resolve) => stream.once("data", resolve));
      stream.destroy();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors).toEqual([]);
      expect(ended).toBe(false);
    });
  });
});
