// An export as the routes answer it: reports from the worker pool (whole files with their length, PDF streamed),
// CSV streamed from this thread in turns, and a refusal answered as the same clear error as before.
import { parse } from "csv-parse/sync";
import type { ExportArticle } from "@/lib/exports/export-model";
import { inTurns } from "@/lib/exports/csv-in-turns";
import type { RenderJob } from "@/lib/exports/render-job";
import { renderFileResponse } from "@/lib/exports/render-file-response";
import { sharedRenderPool } from "@/lib/exports/render-pool";
import { errorResponse } from "@/lib/http/error-response";
import { makeArticle, makeClaim } from "../reports/fixtures";
import { docxText } from "../reports/support";

jest.setTimeout(60_000);
afterAll(() => sharedRenderPool().close());

const respond = (job: RenderJob) => renderFileResponse(job, { headers: new Headers({ "Content-Type": "x/test" }) });

function articleOf(count: number): ExportArticle {
  const text = Array.from({ length: count }, (_, i) => `Line ${i} states a number.`).join("\n\n");
  const claims = Array.from({ length: count }, (_, i) => makeClaim(text, `Line ${i} states`));
  return makeArticle({ version: { id: "v", number: 2, createdAt: new Date("2025-01-01T00:00:00Z"), text }, claims });
}

it("answers a DOCX whole, with its size", async () => {
  const response = await respond({ kind: "article", format: "docx", article: makeArticle() });
  const body = Buffer.from(await response.arrayBuffer());
  expect(response.headers.get("Content-Type")).toBe("x/test");
  expect(Number(response.headers.get("X-File-Size"))).toBe(body.length);
  expect(docxText(body).text).toContain("Café prices in Zürich");
});

it("streams a PDF as the worker writes it", async () => {
  const response = await respond({ kind: "article", format: "pdf", article: makeArticle() });
  expect(response.headers.get("X-File-Size")).toBeNull();
  expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
});

it("streams a CSV from this thread, letting the event loop run between turns", async () => {
  const article = articleOf(1_000);
  let turns = 0;
  const ticker = setInterval(() => turns++, 0);
  const response = await respond({ kind: "article", format: "csv", article });
  const rows: Record<string, string>[] = parse(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true });
  clearInterval(ticker);
  expect(rows.map((row) => row.Quote)).toEqual(article.claims.map((claim) => claim.exact));
  expect(turns).toBeGreaterThan(3);
});

it("hands items out in turns, in order", async () => {
  const seen: number[] = [];
  for await (const n of inTurns([1, 2, 3, 4, 5], 2)) seen.push(n);
  expect(seen).toEqual([1, 2, 3, 4, 5]);
});

it("answers a refusal from the worker as the same clear error", async () => {
  const error = await respond({ kind: "article", format: "xls", article: makeArticle() } as unknown as RenderJob).catch((e: unknown) => e);
  const response = errorResponse(error);
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ code: "INVALID_INPUT", message: 'Unknown export format "xls".' });
});
