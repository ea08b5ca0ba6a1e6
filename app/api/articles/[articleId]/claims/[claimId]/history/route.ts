/** The open claim's history, for the review page's panel (a GET: see lib/http/claim-read-route.ts). */
import { getClaimHistory } from "@/lib/claims/claim-history";
import { claimReadRoute } from "@/lib/http/claim-read-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = claimReadRoute(({ claimId }) => getClaimHistory({ claimId }));
