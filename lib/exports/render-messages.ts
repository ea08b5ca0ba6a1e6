/** What the export pool (main thread) and a render worker say to each other, and how an error crosses between them. */
import { AppError, ERROR_STATUS, type AppErrorCode } from "@/lib/errors/app-error";
import type { ClaimSlice, RenderJob } from "./render-job";

/**
 * To the worker, per job: `start` (the job without claims), `claims` slices, then `render`. `cancel` drops the
 * current job at any point: before `render` it is never rendered, while streaming the stream is destroyed.
 */
export type ToWorker = { type: "start"; job: RenderJob } | ({ type: "claims" } & ClaimSlice) | { type: "render" } | { type: "cancel" };

/**
 * From the worker, per job: `rendering` when it starts (a thread's start-up does not count against the job's time),
 * then one `whole` file, or `chunk`s then `end`, or an `error` at any point. Bytes are transferred, not copied. A
 * cancelled job still ends with `end` (or `whole`), so the pool knows the worker is free.
 */
export type FromWorker =
  | { type: "rendering" }
  | { type: "whole"; bytes: Bytes }
  | { type: "chunk"; bytes: Bytes }
  | { type: "end" }
  | { type: "error"; error: WorkerError };

/** Bytes with a buffer of their own, which can be transferred. */
export type Bytes = Uint8Array<ArrayBuffer>;

export type WorkerError = { name: string; message: string; stack?: string; code?: string; fields?: Record<string, string> };

/** An error as plain data: structured clone would drop an AppError's class and code. */
export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof AppError) return { name: error.name, message: error.message, code: error.code, fields: error.fields };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: "Error", message: String(error) };
}

const isAppErrorCode = (code: string | undefined): code is AppErrorCode => code !== undefined && Object.hasOwn(ERROR_STATUS, code);

/** The error the main thread throws for a worker's report: the same AppError, or an Error the boundary logs. */
export function fromWorkerError(error: WorkerError): Error {
  if (isAppErrorCode(error.code)) return new AppError(error.code, error.message, { fields: error.fields });
  const restored = new Error(`Rendering the export failed: ${error.message}`);
  restored.name = error.name;
  if (error.stack) restored.stack = `${restored.name}: ${restored.message}\n(in the render worker)\n${error.stack}`;
  return restored;
}
