import { z } from "zod";
import { formatDate } from "@/lib/reports/format";

export const REPORT_FORMATS = ["pdf", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type ReportQuery = { format: ReportFormat; from: Date; to: Date };
export type ReportQueryResult = { ok: true; query: ReportQuery } | { ok: false; message: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_DAYS = 30;

function realDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && formatDate(date) === value;
}

const day = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `"${name}" must be a date written YYYY-MM-DD.`)
    // Date would roll 2025-02-30 over into March: the day must read back as written.
    .refine(realDay, `"${name}" is not a real date.`)
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .optional();

const schema = z.object({
  format: z.enum(REPORT_FORMATS, {
    error: (issue) => `Unknown report format "${String(issue.input ?? "")}". Use one of: ${REPORT_FORMATS.join(", ")}.`,
  }),
  from: day("from"),
  to: day("to"),
});

/** Reads a team report URL's format and period: by default a PDF of the last 30 days, today (UTC) included. */
export function parseReportQuery(params: URLSearchParams, now: Date = new Date()): ReportQueryResult {
  const parsed = schema.safeParse({
    format: params.get("format") ?? "pdf",
    from: params.get("from") || undefined,
    to: params.get("to") || undefined,
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  const to = parsed.data.to ?? new Date(`${formatDate(now)}T00:00:00Z`);
  const from = parsed.data.from ?? new Date(to.getTime() - (DEFAULT_DAYS - 1) * DAY_MS);
  if (from > to) return { ok: false, message: `The period starts after it ends: choose a "from" date on or before the "to" date (${formatDate(to)}).` };
  return { ok: true, query: { format: parsed.data.format, from, to } };
}
