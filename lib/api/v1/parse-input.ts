import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { findUnstorable, UNSTORABLE_MESSAGE } from "@/lib/input/find-unstorable";

/** Parses one part of a request (path, query or body) and names the field at fault, prefixed by where it was. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: "path" | "query" | "body"): z.output<S> {
  const unstorable = findUnstorable(value, where);
  if (unstorable) throw new AppError("INVALID_INPUT", `${unstorable}: ${UNSTORABLE_MESSAGE}`, { fields: { [unstorable]: UNSTORABLE_MESSAGE } });
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : where;
    fields[key] ??= issue.message;
  }
  const [field, message] = Object.entries(fields)[0];
  throw new AppError("INVALID_INPUT", field === where ? message : `${field}: ${message}`, { fields });
}

/** Query strings arrive as text; a key given twice is kept as its last value except where a schema wants a list. */
export function queryObject(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}
