/** Small statistics for benchmark samples: every figure in the table is a median or a percentile of these. */
import os from "node:os";

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank: the smallest sample with at least p% of the samples at or below it (no interpolation).
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** "12, 15, 18 ms" for the log line that goes with a median, so the spread is visible too. */
export const list = (samples: readonly number[], unit = "ms") => `${samples.map((s) => round(s)).join(", ")} ${unit}`;

/** The 1-minute load average and core count, printed with every browser and server figure (the machine is shared). */
export function machineLoad(): string {
  return `load ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`;
}
