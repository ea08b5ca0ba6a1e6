/** One article export as an HTTP answer, shared by the signed-in export URL and the API (the caller authorizes first). */
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { EXPORT_FORMATS, FORMAT_SPECS, exportFileName } from "./export-formats";
import { exportFiltersFromSearchParams } from "./export-filters";
import { loadArticleExport } from "./load-article-export";
import { renderFileResponse } from "./render-file-response";

export const exportFormatSchema = z.enum(EXPORT_FORMATS, {
  error: (issue) => `Unknown export format "${String(issue.input ?? "")}". Use one of: ${EXPORT_FORMATS.join(", ")}.`,
});

/** Checks the format and filters of an export URL before anything is loaded; throws INVALID_INPUT naming the fault. */
export function parseExportRequest(searchParams: URLSearchParams) {
  const format = exportFormatSchema.safeParse(searchParams.get("format") ?? "");
  if (!format.success) throw new AppError("INVALID_INPUT", format.error.issues[0].message, { fields: { format: format.error.issues[0].message } });
  const filters = exportFiltersFromSearchParams(searchParams);
  if (!filters.ok) throw new AppError("INVALID_INPUT", filters.message);
  return { format: format.data, filters: filters.filters };
}

/**
 * Loads the article and renders it without holding the event loop other requests need: reports in a worker thread,
 * CSV in short turns (render-file-response.ts). `signal` (the request's) drops the job if the client goes away first.
 */
export async function exportResponse(options: {
  articleId: string;
  request: ReturnType<typeof parseExportRequest>;
  baseUrl: string;
  signal?: AbortSignal;
}): Promise<Response> {
  const { format, filters } = options.request;
  const article = await loadArticleExport({ articleId: options.articleId, filters, baseUrl: options.baseUrl });
  const spec = FORMAT_SPECS[format];
  const headers = new Headers({
    "Content-Type": spec.contentType,
    "Content-Disposition": `${spec.attachment ? "attachment" : "inline"}; filename="${exportFileName(article, format)}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  });
  return renderFileResponse({ kind: "article", format, article }, { headers, signal: options.signal });
}
