/** A team's review report for a period: /api/teams/<id>/report?format=pdf|csv&from=YYYY-MM-DD&to=YYYY-MM-DD. */
import { Readable } from "node:stream";
import { authorize } from "@/lib/auth/authorize-request";
import { parseReportQuery } from "@/lib/dashboard/parse-report-query";
import { AppError } from "@/lib/errors/app-error";
import { loadTeamReport } from "@/lib/exports/load-team-report";
import { errorResponse } from "@/lib/http/error-response";
import { formatDate } from "@/lib/reports/format";
import { createTeamCsvStream } from "@/lib/reports/render-team-csv";
import { renderTeamPdf } from "@/lib/reports/render-team-pdf";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const SPECS = {
  pdf: { contentType: "application/pdf", render: renderTeamPdf },
  csv: { contentType: "text/csv; charset=utf-8", render: createTeamCsvStream },
} as const;

export async function GET(request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const url = new URL(request.url);
  try {
    const parsed = parseReportQuery(url.searchParams);
    if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.message);
    await authorize({ teamId }, "article:read");
    const { format, from, to } = parsed.query;
    const report = await loadTeamReport({ teamId, from, to, baseUrl: url.origin });
    const spec = SPECS[format];
    const headers = new Headers({
      "Content-Type": spec.contentType,
      "Content-Disposition": `attachment; filename="${teamSlug(report.team.name)}-report-${formatDate(from)}-${formatDate(to)}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
    // Both formats stream: a large report neither waits in memory nor holds the reply.
    return new Response(Readable.toWeb(spec.render(report)) as ReadableStream<Uint8Array>, { headers });
  } catch (error) {
    return errorResponse(error);
  }
}

// Teams have no slug column: the file name takes one from the name, as an article export does from its title.
function teamSlug(name: string): string {
  return name.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-").toLowerCase().slice(0, 60) || "team";
}
