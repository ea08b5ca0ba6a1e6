/** Every export of an article at one stable address: /api/articles/<id>/export?format=pdf|html|md|docx|csv|w3c|claimreview. */
import { authorize } from "@/lib/auth/authorize-request";
import { exportResponse, parseExportRequest } from "@/lib/exports/export-response";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const url = new URL(request.url);
  try {
    const exportRequest = parseExportRequest(url.searchParams);
    await authorize({ articleId }, "article:read");
    return await exportResponse({ articleId, request: exportRequest, baseUrl: url.origin, signal: request.signal });
  } catch (error) {
    // Nobody is waiting for an answer to a request the browser dropped (its Cancel button, a closed tab).
    if (request.signal.aborted) return new Response(null, { status: 499 });
    return errorResponse(error);
  }
}
