/**
 * `npm run bench`: runs every bench/*.bench.ts, prints one table (figure, value, target, pass/fail, cores) and writes
 * bench/results.json. Benchmarks are not tests: they measure, and the table says which budgets hold on this machine.
 */
import { readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stopBenchApp } from "../bench/support/app";
import { closeBenchFixture } from "../bench/support/fixture";
import type { Bench, BenchResult } from "../bench/types";

async function main() {
  const dir = path.resolve(__dirname, "../bench");
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".bench.ts"))
    .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
    .sort();
  const results: (BenchResult & { bench: string })[] = [];
  for (const file of files) {
    process.stdout.write(`running ${file}...\n`);
    const run = (await import(path.join(dir, file))).default as Bench;
    for (const result of await run()) results.push({ bench: file.replace(".bench.ts", ""), ...result });
  }
  const cores = os.cpus().length;
  const rows = results.map((r) => [r.figure, `${Number(r.value.toFixed(2))} ${r.unit}`, r.target, r.pass ? "pass" : "FAIL", String(cores)]);
  const header = ["figure", "value", "target", "result", "cores"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}`);
  for (const row of rows) console.log(line(row));
  writeFileSync(
    path.join(dir, "results.json"),
    JSON.stringify({ measuredAt: new Date().toISOString(), cores, node: process.version, results }, null, 2) + "\n",
  );
  const failed = results.filter((r) => !r.pass).length;
  console.log(`\n${results.length - failed} within budget, ${failed} over budget. Written to bench/results.json.`);
}

// The app benchmarks share one server and database (bench/support/app.ts): stop them however the run ends.
async function stopAll() {
  await closeBenchFixture().catch(() => {});
  await stopBenchApp();
}

main()
  .then(stopAll)
  .then(() => process.exit(0))
  .catch(async (error: unknown) => {
    console.error(error);
    await stopAll().catch(() => {});
    process.exit(1);
  });
