/** The authorization matrix as a text table: a section per file, a row per action or method, a column per persona. */
import { ERROR_STATUS } from "@/lib/errors/app-error";
import type { Denial, Outcome, Row } from "./matrix-rows";
import { PERSONAS } from "./matrix-world";

export type Expected = { verdict: "allow" } | { verdict: "deny"; code: Denial };
export type TableRow = { row: Row; least: string; cells: { outcome: Outcome; expected: Expected | null }[] };

/** "allow", or "deny" with the HTTP status of the refusal (401, 403, 404), or what went wrong in the harness. */
function show(cell: Outcome | Expected): string {
  if (cell.verdict === "allow") return "allow";
  const status = ERROR_STATUS[cell.code as Denial];
  return status ? `deny ${status}` : `error ${cell.code}`;
}

/** Whether the call ended as expected: allowed, or denied with the expected code (404 and 403 are told apart). */
export function matches(outcome: Outcome, expected: Expected | null): boolean {
  if (!expected || outcome.verdict !== expected.verdict) return false;
  return expected.verdict === "allow" || outcome.code === expected.code;
}

function cellText({ outcome, expected }: TableRow["cells"][number]): string {
  if (matches(outcome, expected)) return show(outcome);
  return `${show(outcome)} ✗ expected ${expected ? show(expected) : "a matrix row"}`;
}

export function renderTable(rows: TableRow[]): string {
  const header = ["action / route", "least role", ...PERSONAS];
  const lines: string[][] = [];
  let file = "";
  for (const { row, least, cells } of rows) {
    if (row.file !== file) {
      file = row.file;
      lines.push([file]);
    }
    lines.push([`  ${row.name}`, least, ...cells.map(cellText)]);
  }
  const widths = header.map((title, i) => Math.max(title.length, ...lines.filter((line) => line.length > 1).map((line) => line[i].length)));
  const format = (line: string[]) => line.map((text, i) => text.padEnd(widths[i])).join(" │ ").trimEnd();
  const rule = widths.map((width) => "─".repeat(width)).join("─┼─");
  return [format(header), rule, ...lines.map((line) => (line.length === 1 ? line[0] : format(line)))].join("\n");
}
