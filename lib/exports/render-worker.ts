/**
 * A render worker: the entry of one thread of the export pool (render-pool.ts). It assembles a job from the pool's
 * messages, renders it with the ordinary renderers and sends the bytes back, so the CPU-heavy parts (PDF font
 * subsetting, DOCX zipping) never hold the server's event loop. One job at a time.
 */
import { readlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { parentPort } from "node:worker_threads";
import { addSlice, renderJob, type RenderJob } from "./render-job";
import { toWorkerError, type Bytes, type FromWorker, type ToWorker } from "./render-messages";

// Streamed output crosses in pieces of about this size: fewer messages, and still a steady trickle of progress.
const BATCH_BYTES = 64 * 1024;

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread (see render-pool.ts), not on its own.");

// On a busy machine the server's event loop should win the CPU over a report: this thread runs at a lower priority.
// Linux names each thread's own id in /proc/thread-self; elsewhere (or if refused) the thread keeps the default.
try {
  os.setPriority(Number(path.basename(readlinkSync("/proc/thread-self"))), 10);
} catch {
  // not Linux, or not allowed: no harm
}

let job: RenderJob | null = null;
let cancelled = false;
let streaming: Readable | null = null;

function send(message: FromWorker): void {
  const bytes = message.type === "whole" || message.type === "chunk" ? [message.bytes.buffer] : [];
  port!.postMessage(message, bytes);
}

/** Bytes that own their whole buffer, so they can be transferred (a small Buffer may be a slice of a shared pool). */
function owned(parts: Uint8Array[]): Bytes {
  const [only] = parts;
  if (parts.length === 1 && only.buffer instanceof ArrayBuffer && only.byteOffset === 0 && only.byteLength === only.buffer.byteLength) {
    return new Uint8Array(only.buffer);
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

async function stream(body: Readable): Promise<void> {
  streaming = body;
  let batch: Uint8Array[] = [];
  let size = 0;
  let first = true;
  const flush = () => {
    if (size > 0) send({ type: "chunk", bytes: owned(batch) });
    batch = [];
    size = 0;
  };
  try {
    for await (const chunk of body) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
      batch.push(bytes);
      size += bytes.byteLength;
      // The first bytes go at once: the answer's headers leave with them, and the download starts showing progress.
      if (first || size >= BATCH_BYTES) flush();
      first = false;
    }
    flush();
  } catch (error) {
    if (!cancelled) throw error; // a destroyed stream ends its iteration with an error of its own: not a failure here
  } finally {
    streaming = null;
  }
  send({ type: "end" });
}

async function render(current: RenderJob): Promise<void> {
  try {
    if (cancelled) return send({ type: "end" });
    send({ type: "rendering" });
    const body = await renderJob(current);
    if (body instanceof Readable) return await stream(body);
    send({ type: "whole", bytes: owned([typeof body === "string" ? Buffer.from(body, "utf8") : body]) });
  } catch (error) {
    send({ type: "error", error: toWorkerError(error) });
  }
}

port.on("message", (message: ToWorker) => {
  switch (message.type) {
    case "start":
      job = message.job;
      cancelled = false;
      break;
    case "claims":
      if (job) addSlice(job, message);
      break;
    case "render": {
      const current = job;
      job = null;
      if (current) void render(current);
      else send({ type: "error", error: toWorkerError(new Error("render before start")) });
      break;
    }
    case "cancel":
      cancelled = true;
      streaming?.destroy();
      break;
  }
});
