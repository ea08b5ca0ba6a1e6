// The export worker pool: what a worker renders is what the renderers make on the main thread, errors come back as
// clear errors, jobs beyond the pool's size wait their turn, and a stuck worker is stopped and replaced.
import { parse } from "csv-parse/sync";
import { AppError } from "@/lib/errors/app-error";
import { FORMAT_SPECS, type ExportFormat } from "@/lib/exports/export-formats";
import type { ExportArticle } from "@/lib/exports/export-model";
import type { RenderJob } from "@/lib/exports/render-job";
import { RenderPool, type RenderedExport } from "@/lib/exports/render-pool";
import { renderDocx } from "@/lib/reports/render-docx";
import { renderPdfBuffer } from "@/lib/reports/render-pdf";
import { renderTeamCsv } from "@/lib/reports/render-team-csv";
import { renderTeamPdfBuffer } from "@/lib/reports/render-team-pdf";
import { makeArticle, makeClaim, makeTeamInput } from "../reports/fixtures";
import { docxText, flat, pdfText } from "../reports/support";

jest.setTimeout(120_000);

async function bytes(rendered: RenderedExport): Promise<Buffer> {
  if (!(rendered.body instanceof ReadableStream)) return Buffer.from(rendered.body);
  const parts: Uint8Array[] = [];
  for await (const part of rendered.body as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return Buffer.concat(parts);
}

/** An article of `count` claims, one per sentence: big enough that a PDF takes a while, small enough for a test. */
function articleOf(count: number): ExportArticle {
  const text = Array.from({ length: count }, (_, i) => `Sentence number ${i} says something checkable.`).join("\n\n");
  const claims = Array.from({ length: count }, (_, i) => makeClaim(text, `Sentence number ${i} says`, { status: "VERIFIED" }));
  return makeArticle({ version: { id: "v-big", number: 1, createdAt: new Date("2025-01-02T03:04:00Z"), text }, claims });
}

const pool = new RenderPool({ size: 2 });
afterAll(() => pool.close());

describe("rendering in a worker thread", () => {
  const article = makeArticle();
  const run = (format: ExportFormat, input: ExportArticle = article) => pool.run({ kind: "article", format, article: input });

  it("makes the same PDF text as the renderer on the main thread, dates included", async () => {
    const rendered = await run("pdf");
    expect(rendered.body).toBeInstanceOf(ReadableStream); // PDF still streams, as it is written
    const viaWorker = flat(await pdfText(await bytes(rendered)));
    expect(viaWorker).toBe(flat(await pdfText(await renderPdfBuffer(article))));
    // Dates crossed the thread boundary as dates (structured clone), so they print as they do on the main thread.
    expect(viaWorker).toContain("Version: 3, 2025-02-28 12:30 UTC");
  });

  it("makes the same DOCX text, whole and with its length", async () => {
    const rendered = await run("docx");
    expect(rendered.length).toBe((rendered.body as Uint8Array).byteLength);
    expect(docxText(await bytes(rendered)).text).toBe(docxText(await renderDocx(article)).text);
  });

  it.each(["html", "md", "w3c", "claimreview"] as const)("makes byte for byte the same %s", async (format) => {
    const direct = await FORMAT_SPECS[format].render(article);
    expect((await bytes(await run(format))).toString("utf8")).toBe(direct);
  });

  it("streams the same CSV, one row per claim", async () => {
    const rows: Record<string, string>[] = parse(await bytes(await run("csv")), { bom: true, columns: true });
    expect(rows.map((row) => row["Claim ID"])).toEqual(article.claims.map((claim) => claim.id));
  });

  it("renders the team report (PDF and CSV) like the main thread does", async () => {
    const input = makeTeamInput();
    const job = (format: "pdf" | "csv"): RenderJob => ({ kind: "team", format, report: input });
    expect((await bytes(await pool.run(job("csv")))).toString("utf8")).toBe(await renderTeamCsv(input));
    // The report says when it was generated; everything else must match.
    const words = async (pdf: Buffer) => flat(await pdfText(pdf)).replace(/generated [\d-]+ [\d:]+ UTC/, "generated …");
    expect(await words(await bytes(await pool.run(job("pdf"))))).toBe(await words(await renderTeamPdfBuffer(input)));
  });

  it("carries a large article across in slices, every claim included", async () => {
    const big = articleOf(600);
    const sliced = new RenderPool({ size: 1, sliceSize: 7 });
    try {
      const rows: Record<string, string>[] = parse(await bytes(await sliced.run({ kind: "article", format: "csv", article: big })), { bom: true, columns: true });
      expect(rows.map((row) => row.Quote)).toEqual(big.claims.map((claim) => claim.exact));
    } finally {
      await sliced.close();
    }
  });
});

describe("errors", () => {
  it("come back as the renderer's AppError, code and message intact", async () => {
    const job = { kind: "article", format: "xls", article: makeArticle() } as unknown as RenderJob;
    const error = await pool.run(job).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID_INPUT", message: 'Unknown export format "xls".' });
  });

  it("come back as a clear error when a renderer fails, and the worker keeps working", async () => {
    const broken = { ...makeArticle(), version: undefined } as unknown as ExportArticle;
    await expect(pool.run({ kind: "article", format: "html", article: broken })).rejects.toThrow(/^Rendering the export failed: .*reading 'text'/);
    expect((await bytes(await pool.run({ kind: "article", format: "md", article: makeArticle() }))).length).toBeGreaterThan(0);
  });

  it("stop a job that runs too long with a clear message, and replace its worker", async () => {
    const slow = new RenderPool({ size: 1, timeoutMs: 500 });
    try {
      const error = await slow.run({ kind: "article", format: "docx", article: articleOf(1_500) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "TOO_LARGE", message: expect.stringMatching(/took longer than 0\.5 s, so it was stopped\. Export fewer claims/) });
      // A fresh worker takes the next job.
      const md = await bytes(await slow.run({ kind: "article", format: "md", article: makeArticle() }));
      expect(md.toString("utf8")).toContain("Café prices in Zürich");
    } finally {
      await slow.close();
    }
  });

  it("come back as TOO_LARGE when a worker runs out of memory, and a fresh worker takes the next job", async () => {
    const tight = new RenderPool({ size: 1, resourceLimits: { maxOldGenerationSizeMb: 64 } });
    try {
      const error = await tight.run({ kind: "article", format: "docx", article: articleOf(6_000) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "TOO_LARGE", message: expect.stringMatching(/^This export needs more memory than one export may use\. Export fewer claims/) });
      expect(tight.stats().threads).toBe(0); // the crashed thread is gone...
      const md = await bytes(await tight.run({ kind: "article", format: "md", article: makeArticle() }));
      expect(md.toString("utf8")).toContain("Café prices in Zürich"); // ...and a new one renders
    } finally {
      await tight.close();
    }
  });
});

describe("the pool", () => {
  it("renders jobs beyond its size in turn, on no more threads than its size", async () => {
    const small = new RenderPool({ size: 2 });
    try {
      const article = articleOf(80);
      const formats = ["pdf", "docx", "pdf", "docx", "html", "csv"] as const;
      const seen: { threads: number; queued: number }[] = [];
      const jobs = formats.map((format) => small.run({ kind: "article", format, article }).then(bytes));
      seen.push(small.stats());
      const files = await Promise.all(jobs);
      expect(seen[0]).toEqual({ threads: 2, busy: 2, queued: 4 });
      expect(small.stats()).toMatchObject({ threads: 2, busy: 0, queued: 0 });
      expect(flat(await pdfText(files[2]))).toContain("Sentence number 79 says");
      expect(docxText(files[3]).text).toContain("Sentence number 79 says something checkable.");
      expect(files[4].toString("utf8")).toContain("Sentence number 79 says");
      expect(files[5].toString("utf8").trim().split("\r\n")).toHaveLength(81);
    } finally {
      await small.close();
    }
  });

  it("drops a waiting job whose caller went away, and still renders the rest", async () => {
    const one = new RenderPool({ size: 1 });
    try {
      const article = articleOf(100);
      const first = one.run({ kind: "article", format: "docx", article });
      const leaving = new AbortController();
      const second = one.run({ kind: "article", format: "docx", article }, { signal: leaving.signal });
      const third = one.run({ kind: "article", format: "md", article });
      leaving.abort();
      await expect(second).rejects.toMatchObject({ name: "AbortError" });
      expect((await first).length).toBeGreaterThan(0);
      expect((await bytes(await third)).toString("utf8")).toContain("Sentence number 99 says");
    } finally {
      await one.close();
    }
  });

  it("frees the worker when the reader cancels a stream", async () => {
    const one = new RenderPool({ size: 1 });
    try {
      const rendered = await one.run({ kind: "article", format: "pdf", article: articleOf(400) });
      await (rendered.body as ReadableStream<Uint8Array>).cancel();
      const md = await bytes(await one.run({ kind: "article", format: "md", article: makeArticle() }));
      expect(md.toString("utf8")).toContain("Café prices in Zürich");
    } finally {
      await one.close();
    }
  });
});
