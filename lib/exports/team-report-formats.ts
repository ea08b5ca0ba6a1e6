import type { Readable } from "node:stream";
import type { ReportFormat } from "@/lib/dashboard/parse-report-query";
import { createTeamCsvStream } from "@/lib/reports/render-team-csv";
import { renderTeamPdf } from "@/lib/reports/render-team-pdf";
import type { TeamReportInput } from "@/lib/reports/team-report";

export type TeamReportFormat = ReportFormat;

/** The team report's formats, by the `format` name in its URL; both stream. */
export const TEAM_REPORT_FORMATS: Record<TeamReportFormat, { contentType: string; render: (input: TeamReportInput) => Readable }> = {
  pdf: { contentType: "application/pdf", render: (input) => renderTeamPdf(input) },
  csv: { contentType: "text/csv; charset=utf-8", render: createTeamCsvStream },
};
