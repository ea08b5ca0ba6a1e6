/**
 * The open claim's approval, summary and assignment state as the caller sees it (whether they could approve it now).
 * A GET: see lib/http/claim-read-route.ts.
 */
import { getReviewState } from "@/lib/activity/get-review-state";
import { claimReadRoute } from "@/lib/http/claim-read-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = claimReadRoute(({ userId, claimId }) => getReviewState({ userId, claimId }));
