/**
 * A small pool of worker threads that render exports, so a large PDF or DOCX never stalls the server's event loop
 * for other users. Jobs beyond the pool's size wait in line; a crashed or stuck worker is replaced.
 */
import os from "node:os";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { AppError } from "@/lib/errors/app-error";
import { splitJob, type RenderJob } from "./render-job";
import { fromWorkerError, type Bytes, type FromWorker, type ToWorker } from "./render-messages";

export type RenderPoolOptions = {
  /** Threads at most; by default the cores available, but no more than 2. */
  size?: number;
  /** A job still running after this long is stopped and its worker replaced. */
  timeoutMs?: number;
  /** Jobs waiting beyond this are refused (RATE_LIMITED) rather than queued. */
  maxQueue?: number;
  /** Claims per message to a worker (each message is copied synchronously). */
  sliceSize?: number;
  resourceLimits?: ResourceLimits;
};

/** A rendered export: the whole file with its length, or a stream of it as the worker writes it. */
export type RenderedExport = { body: Bytes; length: number } | { body: ReadableStream<Bytes>; length?: undefined };

type Waiting = { job: RenderJob; signal?: AbortSignal; resolve(value: RenderedExport): void; reject(error: unknown): void };
type Task = { onMessage(message: FromWorker): void; fail(error: Error): void };
type Slot = { worker: Worker; task: Task | null };

const DEFAULTS = { timeoutMs: 120_000, maxQueue: 100, sliceSize: 250 };

const tooLarge = (why: string) =>
  new AppError("TOO_LARGE", `${why} Export fewer claims (choose statuses, an assignee or dates, or leave out comments) and try again.`);
const cancelled = () => new DOMException("The export was cancelled.", "AbortError");

export class RenderPool {
  readonly size: number;
  private readonly options: typeof DEFAULTS & Pick<RenderPoolOptions, "resourceLimits">;
  private readonly slots = new Set<Slot>();
  private readonly queue: Waiting[] = [];
  private closed = false;

  constructor(options: RenderPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(2, os.availableParallelism()));
    this.options = { ...DEFAULTS, ...options };
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Threads running now, jobs being rendered and jobs waiting (for tests and diagnostics). */
  stats(): { threads: number; busy: number; queued: number } {
    return { threads: this.slots.size, busy: [...this.slots].filter((slot) => slot.task).length, queued: this.queue.length };
  }

  /** Renders `job` in a worker. Rejects with the renderer's own AppError, or with a clear one if the worker fails. */
  run(job: RenderJob, options: { signal?: AbortSignal } = {}): Promise<RenderedExport> {
    if (this.closed) return Promise.reject(new Error("The export pool is closed."));
    if (options.signal?.aborted) return Promise.reject(cancelled());
    if (this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new AppError("RATE_LIMITED", "Many exports are being prepared right now. Try again in a minute."));
    }
    return new Promise((resolve, reject) => {
      const waiting: Waiting = { job, signal: options.signal, resolve, reject };
      const leaveQueue = () => {
        const at = this.queue.indexOf(waiting);
        if (at === -1) return;
        this.queue.splice(at, 1);
        reject(cancelled());
      };
      const leftQueue = () => options.signal?.removeEventListener("abort", leaveQueue);
      options.signal?.addEventListener("abort", leaveQueue, { once: true });
      waiting.resolve = (value) => {
        leftQueue();
        resolve(value);
      };
      waiting.reject = (error) => {
        leftQueue();
        reject(error);
      };
      this.queue.push(waiting);
      this.pump();
    });
  }

  /** Stops every worker; running and waiting jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiting of this.queue.splice(0)) waiting.reject(new Error("The export pool is closed."));
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = [...this.slots].find((candidate) => !candidate.task) ?? (this.slots.size < this.size ? this.spawn() : null);
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = startRenderWorker(this.options.resourceLimits);
    const slot: Slot = { worker, task: null };
    worker.on("message", (message: FromWorker) => slot.task?.onMessage(message));
    // An uncaught error ends the thread; "exit" follows, and the next job gets a fresh worker.
    worker.on("error", (error) => {
      this.slots.delete(slot);
      slot.task?.fail(crashError(error));
    });
    worker.on("exit", (code) => {
      this.slots.delete(slot);
      slot.task?.fail(new Error(`The export worker stopped unexpectedly (exit code ${code}).`));
      this.pump();
    });
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot, waiting: Waiting): void {
    const { worker } = slot;
    let controller: ReadableStreamDefaultController<Bytes> | null = null;
    let answered = false;
    let dropped = false; // the caller went away: later bytes are discarded
    const post = (message: ToWorker) => worker.postMessage(message);

    const answer = (value: RenderedExport) => {
      answered = true;
      if (!dropped) waiting.resolve(value);
    };
    const failWith = (error: Error) => {
      if (!answered) waiting.reject(error);
      else if (!dropped) controller?.error(error);
      answered = true;
    };
    let timer: NodeJS.Timeout | undefined;
    const release = () => {
      clearTimeout(timer);
      waiting.signal?.removeEventListener("abort", abort);
      slot.task = null;
    };
    const finish = () => {
      release();
      worker.unref(); // an idle pool never keeps a script or test process alive
      this.pump();
    };
    const cancel = () => {
      dropped = true;
      post({ type: "cancel" });
    };
    const abort = () => {
      if (!answered) waiting.reject(cancelled());
      answered = true;
      cancel();
    };
    const stopWhenSlow = () => {
      this.slots.delete(slot); // never handed another job; the next one gets a fresh worker
      release();
      failWith(tooLarge(`Preparing this export took longer than ${this.options.timeoutMs / 1000} s, so it was stopped.`));
      void worker.terminate();
    };

    const task: Task = {
      onMessage: (message) => {
        switch (message.type) {
          case "rendering":
            timer = setTimeout(stopWhenSlow, this.options.timeoutMs);
            return;
          case "whole":
            answer({ body: message.bytes, length: message.bytes.byteLength });
            return finish();
          case "chunk":
            if (!answered) answer({ body: new ReadableStream<Bytes>({ start: (c) => void (controller = c), cancel }) });
            if (!dropped) controller?.enqueue(message.bytes);
            return;
          case "end":
            if (!answered) failWith(new Error("The export worker finished without output."));
            else if (!dropped) controller?.close();
            return finish();
          case "error":
            failWith(fromWorkerError(message.error));
            return finish();
        }
      },
      fail: (error) => {
        release();
        failWith(error);
      },
    };
    slot.task = task;
    waiting.signal?.addEventListener("abort", abort, { once: true });
    worker.ref();
    this.send(waiting.job, post).catch((error: unknown) => {
      // A job structured clone refuses (it holds a function, say): the worker drops what it got and stays usable.
      if (slot.task !== task) return;
      post({ type: "cancel" });
      failWith(error instanceof Error ? error : new Error(String(error)));
      finish();
    });
  }

  private async send(job: RenderJob, post: (message: ToWorker) => void): Promise<void> {
    const { header, slices } = splitJob(job, this.options.sliceSize);
    post({ type: "start", job: header });
    for (const slice of slices) {
      await nextTurn(); // let other requests run between copies
      post({ type: "claims", ...slice });
    }
    post({ type: "render" });
  }
}

function crashError(error: Error): Error {
  if ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") return tooLarge("This export needs more memory than one export may use.");
  return new Error(`The export worker failed: ${error.message}`, { cause: error });
}

/**
 * Next.js (Turbopack) recognises this exact `new Worker(new URL(…, import.meta.url))` and compiles the worker with
 * everything it imports into a chunk of its own; `process.env.NEXT_RUNTIME` is then set. Elsewhere (Jest, tsx
 * scripts, benchmarks) the URL is the TypeScript source, which tsx's CommonJS hook compiles as it loads.
 */
function startRenderWorker(resourceLimits: ResourceLimits | undefined): Worker {
  return new Worker(new URL("./render-worker.ts", import.meta.url), {
    execArgv: process.env.NEXT_RUNTIME ? [] : ["--require", "tsx/cjs"],
    resourceLimits,
  });
}

const SHARED = Symbol.for("factdesk.exports.renderPool");
type WithPool = typeof globalThis & { [SHARED]?: RenderPool };

/** The process's one export pool (kept on globalThis so a dev-server reload does not start another). */
export function sharedRenderPool(): RenderPool {
  const holder = globalThis as WithPool;
  if (!holder[SHARED] || holder[SHARED].isClosed) holder[SHARED] = new RenderPool();
  return holder[SHARED];
}
