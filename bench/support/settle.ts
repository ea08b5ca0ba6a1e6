/**
 * Waits for the machine to go quiet before a benchmark starts. The benchmarks share two cores with the app server,
 * the database and the browsers, and one benchmark's leftovers (browsers closing, a worker finishing, the database
 * writing out) otherwise land in the next one's figures: the review keys once measured 56-95 ms in the suite against
 * 33-41 ms alone. Reads /proc/stat, so on a machine without it (not Linux) it does not wait.
 */
import { readFileSync } from "node:fs";

type CpuTimes = { idle: number; total: number };

function cpuTimes(): CpuTimes | null {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are time nobody used the CPU.
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { idle, total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0) };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Share of the CPU left idle over the next `ms`, or null when it cannot be read. */
async function idleShare(ms: number): Promise<number | null> {
  const before = cpuTimes();
  await sleep(ms);
  const after = cpuTimes();
  if (!before || !after || after.total === before.total) return null;
  return (after.idle - before.idle) / (after.total - before.total);
}

/**
 * Returns once two consecutive half-second windows were at least `quietShare` idle, or after `maxMs`; says how long
 * it waited and how idle the machine was, so that a run on a busy machine shows it in the log.
 */
export async function settle(options: { quietShare?: number; maxMs?: number } = {}): Promise<string> {
  const quietShare = options.quietShare ?? 0.9;
  const maxMs = options.maxMs ?? 60_000;
  const started = performance.now();
  let quietWindows = 0;
  let last: number | null = null;
  while (performance.now() - started < maxMs) {
    last = await idleShare(500);
    if (last === null) return "idle share unknown (no /proc/stat); not waited";
    quietWindows = last >= quietShare ? quietWindows + 1 : 0;
    if (quietWindows >= 2) break;
  }
  const waited = ((performance.now() - started) / 1000).toFixed(1);
  const idle = last === null ? "?" : `${Math.round(last * 100)}%`;
  return quietWindows >= 2 ? `quiet after ${waited} s (${idle} idle)` : `still busy after ${waited} s (${idle} idle); started anyway`;
}
