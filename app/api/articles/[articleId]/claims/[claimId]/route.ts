/** One claim as the review page shows it, for a browser that was told the claim changed. */
import { authorize } from "@/lib/auth/authorize-request";
import { errorResponse } from "@/lib/http/error-response";
import { getClaimView } from "@/lib/live/get-claim-view";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ articleId: string; claimId: string }> }) {
  const { articleId, claimId } = await params;
  try {
    const { teamId } = await authorize({ articleId }, "article:read");
    const claim = await getClaimView({ teamId, articleId, claimId });
    return Response.json(claim, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
