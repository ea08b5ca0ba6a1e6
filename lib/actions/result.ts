/**
 * What every server action answers: data, or a failure with a message written for the editor. Actions never throw
 * to the browser, because Next.js hides thrown messages in production and shows a generic error instead.
 */
import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";

export type ActionFailure = {
  ok: false;
  code: AppErrorCode | "INTERNAL";
  message: string;
  fields?: Record<string, string>;
  details?: unknown;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** Turns a zod error into one message plus a message per field. */
export function invalidInput(error: z.ZodError): ActionFailure {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "input";
    fields[key] ??= issue.message;
  }
  const first = error.issues[0]?.message ?? "The input is not valid.";
  return { ok: false, code: "INVALID_INPUT", message: first, fields };
}

/** Maps any thrown value to a failure; unexpected errors are logged and never leak internals. */
export function toFailure(error: unknown): ActionFailure {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fields: error.fields, details: error.details };
  }
  console.error("[factdesk] unexpected error", error);
  return {
    ok: false,
    code: "INTERNAL",
    message: "Something went wrong on our side and nothing was saved. Try again in a moment.",
  };
}
