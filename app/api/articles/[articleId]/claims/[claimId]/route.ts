/** One claim as the review page shows it, for a browser that was told the claim changed. */
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize-request";
import { idSchema } from "@/lib/claims/schemas";
import { notFound } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/http/error-response";
import { getClaimView } from "@/lib/live/get-claim-view";
import { jsonResponse } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const paramsSchema = z.object({ articleId: idSchema, claimId: idSchema });

export async function GET(_request: Request, { params }: { params: Promise<{ articleId: string; claimId: string }> }) {
  try {
    // An id no claim could have answers like a missing claim.
    const parsed = paramsSchema.safeParse(await params);
    if (!parsed.success) throw notFound("That claim");
    const { articleId, claimId } = parsed.data;
    const { teamId } = await authorize({ articleId }, "article:read");
    const claim = await getClaimView({ teamId, articleId, claimId });
    return jsonResponse(claim, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
