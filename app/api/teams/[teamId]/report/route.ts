/** A team's review report for a period: /api/teams/<id>/report?format=pdf|csv&from=YYYY-MM-DD&to=YYYY-MM-DD. */
import { authorize } from "@/lib/auth/authorize-request";
import { parseReportQuery } from "@/lib/dashboard/parse-report-query";
import { AppError } from "@/lib/errors/app-error";
import { loadTeamReport } from "@/lib/exports/load-team-report";
import { renderFileResponse } from "@/lib/exports/render-file-response";
import { TEAM_REPORT_FORMATS } from "@/lib/exports/team-report-formats";
import { errorResponse } from "@/lib/http/error-response";
import { formatDate } from "@/lib/reports/format";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const url = new URL(request.url);
  try {
    const parsed = parseReportQuery(url.searchParams);
    if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.message);
    await authorize({ teamId }, "article:read");
    const { format, from, to } = parsed.query;
    const report = await loadTeamReport({ teamId, from, to, baseUrl: url.origin });
    const spec = TEAM_REPORT_FORMATS[format];
    const headers = new Headers({
      "Content-Type": spec.contentType,
      "Content-Disposition": `attachment; filename="${teamSlug(report.team.name)}-report-${formatDate(from)}-${formatDate(to)}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
    // The PDF renders in a worker thread and the CSV in short turns, both streamed: the event loop stays free.
    return await renderFileResponse({ kind: "team", format, report }, { headers, signal: request.signal });
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    return errorResponse(error);
  }
}

// Teams have no slug column: the file name takes one from the name, as an article export does from its title.
function teamSlug(name: string): string {
  return name.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-").toLowerCase().slice(0, 60) || "team";
}
