/**
 * A small closed-loop load generator (autocannon is not a dependency): `clients` callers run at once, each sending
 * its next request as soon as its last one is answered, like autocannon's connections. Latency is per request,
 * throughput is requests over the wall time of the whole run.
 */
import { percentile } from "./stats";

export type LoadRun = { p50: number; p95: number; p99: number; perSecond: number; requests: number };

export async function closedLoop(options: { clients: number; perClient: number; request: (client: number, n: number) => Promise<void> }): Promise<LoadRun> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      for (let n = 0; n < options.perClient; n++) {
        const t0 = performance.now();
        await options.request(client, n); // a failure ends the run: a benchmark of failing requests measures nothing
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    perSecond: latencies.length / seconds,
    requests: latencies.length,
  };
}

/** The median of each figure over several runs (the table shows medians, the log shows every run). */
export function medianRun(runs: LoadRun[]): LoadRun {
  const pick = (key: keyof LoadRun) => percentile(runs.map((run) => run[key]), 50);
  return { p50: pick("p50"), p95: pick("p95"), p99: pick("p99"), perSecond: pick("perSecond"), requests: pick("requests") };
}
