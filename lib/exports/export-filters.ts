/**
 * Which claims an export holds, read from the export URL's search parameters (`?status=verified,disputed&from=…`).
 * Every parameter is optional; an export without any is the whole review.
 */
import { z } from "zod";
import type { ClaimStatus } from "@/lib/db/generated/enums";

const STATUSES = ["UNREVIEWED", "VERIFIED", "DISPUTED", "UNSOURCED"] as const satisfies readonly ClaimStatus[];
const isStatus = (value: string): value is ClaimStatus => (STATUSES as readonly string[]).includes(value);

const statusList = z
  .string()
  .transform((value, ctx) => {
    const statuses: ClaimStatus[] = [];
    let unknown = false;
    for (const part of value.split(",").map((s) => s.trim()).filter(Boolean)) {
      const upper = part.toUpperCase();
      if (isStatus(upper)) {
        if (!statuses.includes(upper)) statuses.push(upper);
      } else {
        unknown = true;
        ctx.addIssue({ code: "custom", message: `Unknown status "${part}": use verified, disputed, unsourced or unreviewed.` });
      }
    }
    // An empty list would silently export nothing; say so instead.
    if (statuses.length === 0 && !unknown) {
      ctx.addIssue({ code: "custom", message: "The status filter is empty: name at least one of verified, disputed, unsourced or unreviewed." });
    }
    return statuses;
  })
  .optional();

// Days are whole UTC days: the export is read by people in several time zones and must not depend on the server's.
function day(name: "from" | "to") {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `The "${name}" date must be written YYYY-MM-DD, e.g. 2024-03-31.` })
    .transform((value, ctx) => {
      const date = new Date(`${value}T00:00:00.000Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: `"${value}" is not a calendar date (${name}).` });
        return z.NEVER;
      }
      return date;
    })
    .optional();
}

function flag(name: "notes" | "comments") {
  return z
    .enum(["0", "1"], { error: `"${name}" must be 0 (leave out) or 1 (include).` })
    .optional()
    .transform((value) => value !== "0");
}

export const exportFiltersSchema = z
  .object({
    /** Comma-separated statuses, any case. */
    status: statusList,
    /** A member's user id, or "none" for unassigned claims. */
    assignee: z.string().trim().min(1, { error: "The assignee filter is empty: give a member's id or none." }).max(64).optional(),
    /** First and last day (inclusive, UTC) of the claims' last change. */
    from: day("from"),
    to: day("to"),
    notes: flag("notes"),
    comments: flag("comments"),
  })
  .refine((f) => !f.from || !f.to || f.from.getTime() <= f.to.getTime(), {
    error: 'The "from" date is after the "to" date: no claim can match.',
    path: ["from"],
  });

export type ExportFilters = z.infer<typeof exportFiltersSchema>;

/** The filters that select everything. */
export const NO_FILTERS: ExportFilters = { notes: true, comments: true };

export type ExportFiltersResult = { ok: true; filters: ExportFilters } | { ok: false; message: string };

/** Reads the filters of an export URL; on refusal, one message naming every wrong parameter. */
export function exportFiltersFromSearchParams(params: URLSearchParams): ExportFiltersResult {
  const raw: Record<string, string> = {};
  for (const key of ["assignee", "from", "to", "notes", "comments"]) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  // `?status=verified&status=disputed` means the same as `?status=verified,disputed`.
  const statuses = params.getAll("status");
  if (statuses.length > 0) raw.status = statuses.join(",");
  const result = exportFiltersSchema.safeParse(raw);
  if (result.success) return { ok: true, filters: result.data };
  return { ok: false, message: result.error.issues.map((issue) => issue.message).join(" ") };
}
