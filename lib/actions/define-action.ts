import type { z } from "zod";
import { findUnstorable, UNSTORABLE_MESSAGE } from "@/lib/input/find-unstorable";
import { invalidInput, toFailure, type ActionResult } from "./result";

/**
 * Wraps a server action: parse the input with zod, run the handler, answer an ActionResult. The handler authorizes
 * (through `authorize`) and calls one lib function; it may throw AppError for the editor to read.
 */
export function defineAction<Schema extends z.ZodType, Output>(
  schema: Schema,
  handler: (input: z.output<Schema>) => Promise<Output>,
): (input: z.input<Schema>) => Promise<ActionResult<Output>> {
  return async (raw) => {
    const unstorable = findUnstorable(raw);
    if (unstorable) return { ok: false, code: "INVALID_INPUT", message: UNSTORABLE_MESSAGE, fields: { [unstorable]: UNSTORABLE_MESSAGE } };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      return toFailure(error);
    }
  };
}

// redirect() and notFound() work by throwing; those must reach Next.js untouched.
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
