/** The open claim's discussion, oldest first (a GET: see lib/http/claim-read-route.ts). */
import { listComments } from "@/lib/comments/list-comments";
import { claimReadRoute } from "@/lib/http/claim-read-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = claimReadRoute(({ claimId }) => listComments({ claimId }));
