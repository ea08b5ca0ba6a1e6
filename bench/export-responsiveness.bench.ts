// Exports must not block the server for other users: while a large report renders, the event loop has to stay free
// to answer other requests. Measures the longest stall of this process's event loop while the 1,000-claim report of
// report-pdf.bench.ts renders as PDF and as DOCX: a 5 ms ticker notes how late each tick comes, and the gap from the
// last tick to the end counts too (a render that never yields would otherwise show no stall at all).
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ExportArticle } from "../lib/exports/export-model";
import { renderDocx } from "../lib/reports/render-docx";
import { renderPdf } from "../lib/reports/render-pdf";
import { benchArticle } from "./report-pdf.bench";
import type { BenchResult } from "./types";

const RUNS = 3;
const BUDGET_MS = 100;

const sink = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

async function longestStall(render: () => Promise<unknown>): Promise<number> {
  const TICK_MS = 5;
  let last = performance.now();
  let worst = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  await render();
  clearInterval(ticker);
  return Math.max(worst, performance.now() - last - TICK_MS);
}

async function median(render: () => Promise<unknown>): Promise<number> {
  await render(); // warm-up
  const stalls: number[] = [];
  for (let i = 0; i < RUNS; i++) stalls.push(await longestStall(render));
  stalls.sort((a, b) => a - b);
  return stalls[Math.floor(stalls.length / 2)];
}

export default async function exportResponsivenessBench(): Promise<BenchResult[]> {
  const article: ExportArticle = benchArticle();
  const pdf = await median(() => pipeline(renderPdf(article), sink()));
  const docx = await median(() => renderDocx(article));
  const row = (format: string, value: number): BenchResult => ({
    figure: `longest event-loop stall while a ${format} of 1,000 claims renders (median of ${RUNS})`,
    value: Math.round(value),
    unit: "ms",
    target: `< ${BUDGET_MS} ms`,
    pass: value < BUDGET_MS,
  });
  return [row("PDF", pdf), row("DOCX", docx)];
}
