/** Requests for the article and team route handlers, as a browser would send them, on a cell's own article and claim. */
import { randomBytes } from "node:crypto";
import type * as claimCommentsRoute from "@/app/api/articles/[articleId]/claims/[claimId]/comments/route";
import type * as claimHistoryRoute from "@/app/api/articles/[articleId]/claims/[claimId]/history/route";
import type * as claimLibraryRoute from "@/app/api/articles/[articleId]/claims/[claimId]/library/route";
import type * as claimReviewStateRoute from "@/app/api/articles/[articleId]/claims/[claimId]/review-state/route";
import type * as claimRoute from "@/app/api/articles/[articleId]/claims/[claimId]/route";
import type * as exportRoute from "@/app/api/articles/[articleId]/export/route";
import type * as liveRoute from "@/app/api/articles/[articleId]/live/route";
import type * as presenceRoute from "@/app/api/articles/[articleId]/presence/route";
import type * as teamReportRoute from "@/app/api/teams/[teamId]/report/route";
import type { RouteArgsFor } from "./matrix-rows";
import type { Cell } from "./matrix-world";

const ORIGIN = "http://localhost:3000";
const connectionId = () => `matrix-${randomBytes(6).toString("hex")}`;
const articleParams = (cell: Cell) => ({ params: Promise.resolve({ articleId: cell.articleId }) });

export const exportRouteArgs: RouteArgsFor<typeof exportRoute> = {
  GET: async (cell) => [new Request(`${ORIGIN}/api/articles/${cell.articleId}/export?format=w3c`, { signal: cell.signal }), articleParams(cell)],
};

export const liveRouteArgs: RouteArgsFor<typeof liveRoute> = {
  // The cell's signal is aborted once the cell ends, which closes the stream as a browser leaving would.
  GET: async (cell) => [new Request(`${ORIGIN}/api/articles/${cell.articleId}/live?connection=${connectionId()}`, { signal: cell.signal }), articleParams(cell)],
};

export const presenceRouteArgs: RouteArgsFor<typeof presenceRoute> = {
  POST: async (cell) => [
    new Request(`${ORIGIN}/api/articles/${cell.articleId}/presence`, {
      method: "POST",
      // The Origin a browser sends with a same-site POST; without it the route refuses the request as cross-site.
      headers: { "Content-Type": "application/json", Origin: ORIGIN },
      body: JSON.stringify({ connectionId: connectionId(), openClaimId: cell.claimId }),
      signal: cell.signal,
    }),
    articleParams(cell),
  ],
};

export const claimRouteArgs: RouteArgsFor<typeof claimRoute> = {
  GET: async (cell) => [
    new Request(`${ORIGIN}/api/articles/${cell.articleId}/claims/${cell.claimId}`, { signal: cell.signal }),
    { params: Promise.resolve({ articleId: cell.articleId, claimId: cell.claimId }) },
  ],
};

/** A GET of one of the open claim's reads (its history, thread, library or review state), as the panel sends it. */
const claimRead =
  (read: string) =>
  async (cell: Cell): Promise<[Request, { params: Promise<{ articleId: string; claimId: string }> }]> => [
    new Request(`${ORIGIN}/api/articles/${cell.articleId}/claims/${cell.claimId}/${read}`, { signal: cell.signal }),
    { params: Promise.resolve({ articleId: cell.articleId, claimId: cell.claimId }) },
  ];

export const claimHistoryRouteArgs: RouteArgsFor<typeof claimHistoryRoute> = { GET: claimRead("history") };
export const claimCommentsRouteArgs: RouteArgsFor<typeof claimCommentsRoute> = { GET: claimRead("comments") };
export const claimLibraryRouteArgs: RouteArgsFor<typeof claimLibraryRoute> = { GET: claimRead("library") };
export const claimReviewStateRouteArgs: RouteArgsFor<typeof claimReviewStateRoute> = { GET: claimRead("review-state") };

export const teamReportRouteArgs: RouteArgsFor<typeof teamReportRoute> = {
  GET: async (cell) => [
    new Request(`${ORIGIN}/api/teams/${cell.teamId}/report?format=csv`, { signal: cell.signal }),
    { params: Promise.resolve({ teamId: cell.teamId }) },
  ],
};
