/**
 * "Checked before" for the open claim: the team's earlier claims worded alike and the articles where it already
 * appears. One request for both, as the panel always shows them together and the browser keeps only six connections
 * per host (the live stream holds one). A GET: see lib/http/claim-read-route.ts.
 */
import { claimReadRoute } from "@/lib/http/claim-read-route";
import { findSimilarClaims } from "@/lib/library/find-similar-claims";
import { listClaimAppearances } from "@/lib/library/list-claim-appearances";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = claimReadRoute(async ({ teamId, claimId }) => {
  const [suggestions, appearances] = await Promise.all([findSimilarClaims({ teamId, claimId }), listClaimAppearances({ teamId, claimId })]);
  return { suggestions, appearances };
});
