import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { createCsvStream } from "@/lib/reports/render-csv";
import { createTeamCsvStream } from "@/lib/reports/render-team-csv";
import type { RenderJob } from "./render-job";

// About 10 ms of row writing between turns of the event loop.
const CLAIMS_PER_TURN = 100;
// The writer emits one small chunk per row; every chunk costs the server a write (and a gzip call), so rows leave in
// pieces of about this size.
const BATCH_BYTES = 64 * 1024;

/** Items one at a time, letting the event loop run other work after every `perTurn` of them. */
export async function* inTurns<T>(items: Iterable<T>, perTurn = CLAIMS_PER_TURN): AsyncGenerator<T> {
  let count = 0;
  for (const item of items) {
    yield item;
    if (++count % perTurn === 0) await nextTurn();
  }
}

async function* batched(source: Readable): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    parts.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    size += parts[parts.length - 1].length;
    if (size < BATCH_BYTES) continue;
    yield Buffer.concat(parts);
    parts = [];
    size = 0;
  }
  if (size > 0) yield Buffer.concat(parts);
}

/**
 * A CSV export streamed from this thread rather than the worker pool: a row costs little, and copying 100,000
 * claims to a worker would cost as much as writing them and hold a second copy in memory. The claims reach the
 * writer in turns, so the event loop is never held for long, and memory stays flat as the rows go out.
 */
export function csvInTurns(job: RenderJob & { format: "csv" }): ReadableStream<Uint8Array> {
  const csv = job.kind === "article" ? createCsvStream(inTurns(job.article.claims), job.article) : createTeamCsvStream(job.report);
  return Readable.toWeb(Readable.from(batched(csv), { objectMode: false })) as ReadableStream<Uint8Array>;
}
