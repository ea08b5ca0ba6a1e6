import type { ExportPerson } from "@/lib/exports/export-model";

/** How a person is named in a report: their name, or their email when they have not set one. */
export function personName(person: ExportPerson | null | undefined): string {
  if (!person) return "—";
  return person.name?.trim() || person.email;
}

/**
 * A timestamp as reports print it: "2025-03-04 14:05 UTC". Always UTC, so one export reads the same wherever
 * it is opened and a renderer's output does not depend on the server's time zone.
 */
export function formatDateTime(date: Date | null | undefined): string {
  if (!date) return "—";
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A day, "2025-03-04" (UTC). */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A whole-number percentage of part in total, 0 when there is nothing to count. */
export function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((100 * part) / total);
}
