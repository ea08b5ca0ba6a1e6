/**
 * A GET route that reads something about one claim of one article for the review page's panel: the ids parsed
 * (an id no claim could have answers like a missing claim), the caller authorized to read the article, the claim
 * checked to be on that article of that team, then `read`. Reads are GETs rather than server actions because Next.js
 * runs a page's actions one at a time: a read queued there delayed the status key pressed right after opening a claim.
 */
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize-request";
import { requireClaimInArticle } from "@/lib/claims/require-claim-in-article";
import { idSchema } from "@/lib/claims/schemas";
import { notFound } from "@/lib/errors/app-error";
import { errorResponse } from "./error-response";
import { jsonResponse } from "@/lib/http/json-response";

const paramsSchema = z.object({ articleId: idSchema, claimId: idSchema });

export type ClaimRead = { userId: string; teamId: string; articleId: string; claimId: string };
type Context = { params: Promise<{ articleId: string; claimId: string }> };

export function claimReadRoute<T>(read: (claim: ClaimRead) => Promise<T>) {
  return async function GET(_request: Request, { params }: Context): Promise<Response> {
    try {
      const parsed = paramsSchema.safeParse(await params);
      if (!parsed.success) throw notFound("That claim");
      const { articleId, claimId } = parsed.data;
      const { userId, teamId } = await authorize({ articleId }, "article:read");
      await requireClaimInArticle({ teamId, articleId, claimId });
      return jsonResponse(await read({ userId, teamId, articleId, claimId }), { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
