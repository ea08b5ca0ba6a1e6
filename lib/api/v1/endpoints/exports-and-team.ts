import { z } from "zod";
import { authorizeCaller } from "@/lib/auth/authorize";
import { exportResponse, parseExportRequest } from "@/lib/exports/export-response";
import { listMembers } from "@/lib/teams/list-members";
import { defineEndpoint } from "../define-endpoint";
import { articleParams, exportQuery } from "../inputs";
import { memberResource, toMemberResource } from "../resources";
import { tokenCaller } from "../token-caller";

export const exportAndTeamEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/articles/{articleId}/export",
    operationId: "exportArticle",
    tag: "Exports",
    summary: "Export an article's review (report, data or W3C/ClaimReview JSON-LD)",
    description: "The same exports as the review page's download buttons, with the same filters: status (comma-separated), assignee (user id or none), from/to (YYYY-MM-DD), notes and comments (0 or 1).",
    access: "read",
    params: articleParams,
    query: exportQuery,
    response: {
      status: 200,
      description: "The export file.",
      contentTypes: ["application/pdf", "text/html", "text/markdown", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/csv", 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', "application/ld+json"],
    },
    async handle({ caller, params, request, origin }) {
      const exportRequest = parseExportRequest(new URL(request.url).searchParams);
      await authorizeCaller(tokenCaller(caller), { articleId: params.articleId }, "article:read");
      return exportResponse({ articleId: params.articleId, request: exportRequest, baseUrl: origin });
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/members",
    operationId: "listMembers",
    tag: "Team",
    summary: "List the members of the token's team with their roles",
    access: "read",
    response: { status: 200, description: "The team's members.", schema: z.object({ data: z.array(memberResource) }) },
    async handle({ caller }) {
      const access = await authorizeCaller(tokenCaller(caller), { teamId: caller.teamId }, "article:read");
      return { data: (await listMembers({ teamId: access.teamId })).map(toMemberResource) };
    },
  }),
];
