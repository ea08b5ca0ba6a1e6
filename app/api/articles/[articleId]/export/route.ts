/** Every export of an article at one stable address: /api/articles/<id>/export?format=pdf|html|md|docx|csv|w3c|claimreview. */
import { Readable } from "node:stream";
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize-request";
import { AppError } from "@/lib/errors/app-error";
import { EXPORT_FORMATS, FORMAT_SPECS, exportFileName } from "@/lib/exports/export-formats";
import { exportFiltersFromSearchParams } from "@/lib/exports/export-filters";
import { loadArticleExport } from "@/lib/exports/load-article-export";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const formatSchema = z.enum(EXPORT_FORMATS, {
  error: (issue) => `Unknown export format "${String(issue.input ?? "")}". Use one of: ${EXPORT_FORMATS.join(", ")}.`,
});

export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const url = new URL(request.url);
  try {
    const format = formatSchema.safeParse(url.searchParams.get("format") ?? "");
    if (!format.success) throw new AppError("INVALID_INPUT", format.error.issues[0].message);
    const filters = exportFiltersFromSearchParams(url.searchParams);
    if (!filters.ok) throw new AppError("INVALID_INPUT", filters.message);
    await authorize({ articleId }, "article:read");
    const article = await loadArticleExport({ articleId, filters: filters.filters, baseUrl: url.origin });
    const spec = FORMAT_SPECS[format.data];
    const body = await spec.render(article);
    const headers = new Headers({
      "Content-Type": spec.contentType,
      "Content-Disposition": `${spec.attachment ? "attachment" : "inline"}; filename="${exportFileName(article, format.data)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
    // Streams (PDF, CSV) go out as they are written, so a large report neither waits in memory nor holds the reply.
    const payload = body instanceof Readable ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : typeof body === "string" ? body : new Uint8Array(body);
    return new Response(payload, { headers });
  } catch (error) {
    return errorResponse(error);
  }
}
