/**
 * Requests for the REST API (/api/v1) in the authorization matrix. The persona calls with a read-and-write token of
 * its own, made for the team it belongs to (anonymous sends none), so the token can never be what grants access:
 * only the persona's role can.
 */
import type * as articleClaims from "@/app/api/v1/articles/[articleId]/claims/route";
import type * as articleExport from "@/app/api/v1/articles/[articleId]/export/route";
import type * as article from "@/app/api/v1/articles/[articleId]/route";
import type * as articleVersions from "@/app/api/v1/articles/[articleId]/versions/route";
import type * as articles from "@/app/api/v1/articles/route";
import type * as claimRestore from "@/app/api/v1/claims/[claimId]/restore/route";
import type * as claim from "@/app/api/v1/claims/[claimId]/route";
import type * as claimSource from "@/app/api/v1/claims/[claimId]/sources/[sourceId]/route";
import type * as claimSources from "@/app/api/v1/claims/[claimId]/sources/route";
import type * as members from "@/app/api/v1/members/route";
import type * as openapi from "@/app/api/v1/openapi.json/route";
import { addSource } from "@/lib/claims/add-source";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { createAccessToken } from "@/lib/tokens/create-access-token";
import type { RouteArgsFor } from "./matrix-rows";
import type { Cell } from "./matrix-world";

const ORIGIN = "http://localhost:3000";

async function tokenHeader(cell: Cell): Promise<Record<string, string>> {
  if (!cell.caller) return {};
  const teamId = cell.persona === "other team" ? cell.outsiderTeamId : cell.teamId;
  const token = await createAccessToken({ userId: cell.caller.id, teamId, name: "matrix", scope: "READ_WRITE", expiresAt: null }, cell.db);
  return { Authorization: `Bearer ${token.secret}` };
}

async function request(cell: Cell, method: string, path: string, body?: unknown): Promise<Request> {
  const headers = { ...(await tokenHeader(cell)), ...(body === undefined ? {} : { "Content-Type": "application/json" }) };
  return new Request(`${ORIGIN}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: cell.signal });
}

const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });
const revision = async (cell: Cell) => (await cell.db.claim.findUniqueOrThrow({ where: { id: cell.claimId }, select: { revision: true } })).revision;
const TEXT = { kind: "text", text: "The city council approved the budget on Monday.\n\nIt passed by nine votes to two." };

export const apiArticlesArgs: RouteArgsFor<typeof articles> = {
  GET: async (cell) => [await request(cell, "GET", "/articles?limit=5"), params({})],
  POST: async (cell) => [await request(cell, "POST", "/articles", { source: TEXT, metadata: { title: "From the API" } }), params({})],
};

export const apiArticleArgs: RouteArgsFor<typeof article> = {
  GET: async (cell) => [await request(cell, "GET", `/articles/${cell.articleId}`), params({ articleId: cell.articleId })],
};

export const apiArticleVersionsArgs: RouteArgsFor<typeof articleVersions> = {
  POST: async (cell) => [await request(cell, "POST", `/articles/${cell.articleId}/versions`, { source: TEXT }), params({ articleId: cell.articleId })],
};

export const apiArticleClaimsArgs: RouteArgsFor<typeof articleClaims> = {
  GET: async (cell) => [await request(cell, "GET", `/articles/${cell.articleId}/claims`), params({ articleId: cell.articleId })],
  POST: async (cell) => [await request(cell, "POST", `/articles/${cell.articleId}/claims`, { start: 0, end: 3 }), params({ articleId: cell.articleId })],
};

export const apiArticleExportArgs: RouteArgsFor<typeof articleExport> = {
  GET: async (cell) => [await request(cell, "GET", `/articles/${cell.articleId}/export?format=csv`), params({ articleId: cell.articleId })],
};

export const apiClaimArgs: RouteArgsFor<typeof claim> = {
  GET: async (cell) => [await request(cell, "GET", `/claims/${cell.claimId}`), params({ claimId: cell.claimId })],
  PATCH: async (cell) => [
    await request(cell, "PATCH", `/claims/${cell.claimId}`, { revision: await revision(cell), status: "VERIFIED", note: "Minutes agree." }),
    params({ claimId: cell.claimId }),
  ],
  DELETE: async (cell) => [await request(cell, "DELETE", `/claims/${cell.claimId}`), params({ claimId: cell.claimId })],
};

export const apiClaimRestoreArgs: RouteArgsFor<typeof claimRestore> = {
  POST: async (cell) => {
    await deleteClaim({ userId: cell.members.REVIEWER.id, claimId: cell.claimId }, cell.db);
    return [await request(cell, "POST", `/claims/${cell.claimId}/restore`), params({ claimId: cell.claimId })];
  },
};

export const apiClaimSourcesArgs: RouteArgsFor<typeof claimSources> = {
  POST: async (cell) => [
    await request(cell, "POST", `/claims/${cell.claimId}/sources`, { url: "https://example.org/minutes", relation: "SUPPORTS" }),
    params({ claimId: cell.claimId }),
  ],
};

export const apiClaimSourceArgs: RouteArgsFor<typeof claimSource> = {
  DELETE: async (cell) => {
    const withSource = await addSource({ userId: cell.members.REVIEWER.id, claimId: cell.claimId, url: "https://example.org/minutes", title: null, publisher: null, relation: "SUPPORTS" }, cell.db);
    const sourceId = withSource.sources[0].id;
    return [await request(cell, "DELETE", `/claims/${cell.claimId}/sources/${sourceId}`), params({ claimId: cell.claimId, sourceId })];
  },
};

export const apiMembersArgs: RouteArgsFor<typeof members> = {
  GET: async (cell) => [await request(cell, "GET", "/members"), params({})],
};

export const apiOpenApiArgs: RouteArgsFor<typeof openapi> = {
  GET: async (cell) => [new Request(`${ORIGIN}/api/v1/openapi.json`, { signal: cell.signal })],
};
