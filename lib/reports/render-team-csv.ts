import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { readAll } from "./read-all";
import { neutraliseFormula } from "./csv-cells";
import { formatDate, personName } from "./format";
import { teamTotals, type TeamReportInput } from "./team-report";

export const TEAM_CSV_COLUMNS = [
  "Section",
  "ID",
  "Name",
  "Version",
  "Claims",
  "Verified",
  "Disputed",
  "Unsourced",
  "Unreviewed",
  "Reviewed",
  "Reviewed %",
] as const;

type Cell = string | number;

/**
 * The team report as one CSV table: a row per article (its claims by status), a row per reviewer (claims they
 * reviewed in the period, by status; the Unreviewed and % cells are empty, they do not apply), and a total row.
 * The Section column tells the rows apart, so the sheet filters and pivots without parsing.
 */
export function teamCsvRows(input: TeamReportInput): Cell[][] {
  const totals = teamTotals(input);
  const period = `${formatDate(input.from)} – ${formatDate(input.to)}`;
  const text = (value: string) => neutraliseFormula(value);
  return [
    ...totals.articles.map((a) => [
      "Article",
      text(a.id),
      text(a.title),
      a.version,
      a.total,
      a.counts.VERIFIED,
      a.counts.DISPUTED,
      a.counts.UNSOURCED,
      a.counts.UNREVIEWED,
      a.reviewed,
      a.reviewedPercent,
    ]),
    ...totals.reviewers.map((r) => [
      "Reviewer",
      text(r.person.id),
      text(personName(r.person)),
      "",
      r.reviewed,
      r.counts.VERIFIED,
      r.counts.DISPUTED,
      r.counts.UNSOURCED,
      "",
      r.reviewed,
      "",
    ]),
    [
      "Total",
      text(input.team.id),
      text(`${input.team.name} (${period})`),
      "",
      totals.overall.total,
      totals.overall.counts.VERIFIED,
      totals.overall.counts.DISPUTED,
      totals.overall.counts.UNSOURCED,
      totals.overall.counts.UNREVIEWED,
      totals.overall.reviewed,
      totals.overall.reviewedPercent,
    ],
  ];
}

/** The team report as a CSV stream (UTF-8 with BOM, CRLF, header row). */
export function createTeamCsvStream(input: TeamReportInput): Readable {
  const csv = stringify({ header: true, columns: [...TEAM_CSV_COLUMNS], bom: true, record_delimiter: "windows" });
  return Readable.from(teamCsvRows(input)).pipe(csv);
}

/** The team report as one CSV string. */
export async function renderTeamCsv(input: TeamReportInput): Promise<string> {
  return (await readAll(createTeamCsvStream(input))).toString("utf8");
}
