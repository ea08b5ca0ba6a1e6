/**
 * `npm run bench`: runs every bench/*.bench.ts, prints one table (figure, value, target, pass/fail, cores) and writes
 * bench/results.json. `npm run bench -- <word>...` runs only the benchmarks whose file name contains a word.
 * Benchmarks are not tests: they measure, and the table says which budgets hold on this machine. A benchmark that
 * fails to run is a row of its own (marked FAIL), and the others still run.
 */
import { readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeBenchFixture } from "../bench/support/fixture";
import { settle } from "../bench/support/settle";
import { stopEverything } from "../bench/support/stop";
import type { Bench, BenchResult } from "../bench/types";

type Row = BenchResult & { bench: string };
type Timing = { bench: string; seconds: number; loadBefore: number; loadAfter: number; error?: string };

const load = () => Number(os.loadavg()[0].toFixed(2));

async function runOne(dir: string, file: string): Promise<{ rows: Row[]; timing: Timing }> {
  const bench = file.replace(".bench.ts", "");
  const quiet = await settle();
  const loadBefore = load();
  const t0 = performance.now();
  process.stdout.write(`running ${file} (load ${loadBefore}; ${quiet})...\n`);
  try {
    const run = (await import(path.join(dir, file))).default as Bench;
    const rows = (await run()).map((result) => ({ bench, ...result }));
    return { rows, timing: { bench, seconds: (performance.now() - t0) / 1000, loadBefore, loadAfter: load() } };
  } catch (error) {
    console.error(`${file} failed:`, error);
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const row: Row = { bench, figure: `${bench}: did not complete (${message.slice(0, 120)})`, value: Number.NaN, unit: "", target: "runs", pass: false };
    return { rows: [row], timing: { bench, seconds: (performance.now() - t0) / 1000, loadBefore, loadAfter: load(), error: message } };
  }
}

function printTable(rows: Row[], cores: number) {
  const value = (r: Row) => (Number.isFinite(r.value) ? `${Number(r.value.toFixed(2))} ${r.unit}`.trim() : "-");
  const cells = rows.map((r) => [r.figure, value(r), r.target, r.pass ? "pass" : "FAIL", String(cores)]);
  const header = ["figure", "value", "target", "result", "cores"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i])).join(" | ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}`);
  for (const row of cells) console.log(line(row));
}

async function main(): Promise<number> {
  const dir = path.resolve(__dirname, "../bench");
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".bench.ts"))
    .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
    .sort();
  if (files.length === 0) throw new Error(`No benchmark matches ${only.join(", ")}. Names: ${readdirSync(dir).filter((n) => n.endsWith(".bench.ts")).join(", ")}`);
  const started = performance.now();
  const rows: Row[] = [];
  const timings: Timing[] = [];
  for (const file of files) {
    const { rows: more, timing } = await runOne(dir, file);
    rows.push(...more);
    timings.push(timing);
  }
  const cores = os.cpus().length;
  const totalSeconds = (performance.now() - started) / 1000;
  printTable(rows, cores);
  writeFileSync(
    path.join(dir, "results.json"),
    JSON.stringify({ measuredAt: new Date().toISOString(), cores, node: process.version, totalSeconds: Math.round(totalSeconds), timings, results: rows }, null, 2) + "\n",
  );
  console.log(`\nTime per benchmark: ${timings.map((t) => `${t.bench} ${Math.round(t.seconds)} s (load ${t.loadBefore} → ${t.loadAfter})`).join(", ")}.`);
  const broken = timings.filter((t) => t.error).length;
  const over = rows.filter((r) => !r.pass).length - broken;
  console.log(`${rows.length - over - broken} within budget, ${over} over budget, ${broken} benchmark(s) did not complete; ${Math.round(totalSeconds)} s in all. Written to bench/results.json.`);
  // A figure over budget is a measurement, not a failure of the run; a benchmark that could not run is.
  return broken > 0 ? 1 : 0;
}

// The app benchmarks share one server and database (bench/support/app.ts): stop them however the run ends.
async function stopAll() {
  await closeBenchFixture().catch(() => {});
  await stopEverything();
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await stopAll().catch(() => {});
    process.exit(1);
  });
