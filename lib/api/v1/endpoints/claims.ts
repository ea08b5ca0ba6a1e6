import { articleOf, authorizeCaller } from "@/lib/auth/authorize";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { getClaim } from "@/lib/claims/get-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { locateQuote } from "@/lib/claims/locate-quote";
import { updateClaim } from "@/lib/claims/update-claim";
import { getArticleSummary } from "@/lib/articles/get-article-summary";
import { articleVersionText } from "@/lib/articles/version-text";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { textToNote } from "@/lib/notes/text-to-note";
import { defineEndpoint } from "../define-endpoint";
import { articleParams, claimParams, createClaimBody, listClaimsQuery, updateClaimBody } from "../inputs";
import { claimResource, page, pageOf, toClaimResource } from "../resources";
import { tokenCaller } from "../token-caller";

const EMPTY_NOTE = { type: "doc", content: [{ type: "paragraph" }] };

/** The text a quote is looked up in: the version the script read, when it names one, or else the current one. */
async function quotedText(articleId: string, versionId: string | undefined): Promise<string> {
  if (!versionId) return (await getArticleSummary({ articleId })).currentVersion.text;
  const text = await articleVersionText(db(), articleId, versionId);
  if (text === null) throw notFound("That article version");
  return text;
}

export const claimEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/articles/{articleId}/claims",
    operationId: "listClaims",
    tag: "Claims",
    summary: "List an article's claims in document order",
    access: "read",
    params: articleParams,
    query: listClaimsQuery,
    response: { status: 200, description: "One page of claims.", schema: pageOf(claimResource) },
    async handle({ caller, params, query, origin }) {
      await authorizeCaller(tokenCaller(caller), { articleId: params.articleId }, "article:read");
      const rows = await listClaims({
        articleId: params.articleId,
        statuses: query.status,
        assigneeId: query.assignee === undefined ? undefined : query.assignee === "none" ? null : query.assignee,
        includeDeleted: query.includeDeleted,
        take: query.limit + 1,
        after: query.cursor,
      });
      return page(rows, query.limit, (claim) => toClaimResource(claim, params.articleId, origin));
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/articles/{articleId}/claims",
    operationId: "createClaim",
    tag: "Claims",
    summary: "Mark words of the current version as a claim (Unreviewed)",
    description: "Name the words by `quote` (exact text, with optional prefix/suffix to tell repeats apart) or by `start`/`end`.",
    access: "write",
    params: articleParams,
    body: createClaimBody,
    response: { status: 201, description: "The new claim.", schema: claimResource },
    async handle({ caller, params, body, origin }) {
      const access = await authorizeCaller(tokenCaller(caller), { articleId: params.articleId }, "claim:write");
      const { articleId } = params;
      let span = { start: body.start ?? 0, end: body.end ?? 0 };
      if (body.quote) span = locateQuote(await quotedText(articleId, body.versionId), body.quote);
      const claim = await createClaim({ userId: access.userId, articleId, versionId: body.versionId, ...span });
      return toClaimResource(claim, articleId, origin);
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/claims/{claimId}",
    operationId: "getClaim",
    tag: "Claims",
    summary: "Get one claim with its sources",
    access: "read",
    params: claimParams,
    response: { status: 200, description: "The claim.", schema: claimResource },
    async handle({ caller, params, origin }) {
      await authorizeCaller(tokenCaller(caller), { claimId: params.claimId }, "article:read");
      const claim = await getClaim({ claimId: params.claimId });
      return toClaimResource(claim, claim.articleId, origin);
    },
  }),
  defineEndpoint({
    method: "PATCH",
    path: "/claims/{claimId}",
    operationId: "updateClaim",
    tag: "Claims",
    summary: "Change a claim's status, note or assignee",
    description: "Send the `revision` you last read. If someone changed the claim since, nothing is written and the answer is 409 with the current claim in `details.current`. All given fields change together or not at all.",
    access: "write",
    params: claimParams,
    body: updateClaimBody,
    response: { status: 200, description: "The claim after the change.", schema: claimResource },
    async handle({ caller, params, body, origin }) {
      const access = await authorizeCaller(tokenCaller(caller), { claimId: params.claimId }, "claim:write");
      const note = body.note === undefined ? undefined : body.note === null ? EMPTY_NOTE : (textToNote(body.note) ?? EMPTY_NOTE);
      const claim = await updateClaim({ userId: access.userId, claimId: params.claimId, revision: body.revision, status: body.status, note, assigneeId: body.assigneeId });
      return toClaimResource(claim, articleOf(access), origin);
    },
  }),
  defineEndpoint({
    method: "DELETE",
    path: "/claims/{claimId}",
    operationId: "deleteClaim",
    tag: "Claims",
    summary: "Delete a claim (it can be restored)",
    access: "write",
    params: claimParams,
    response: { status: 200, description: "The deleted claim.", schema: claimResource },
    async handle({ caller, params, origin }) {
      const access = await authorizeCaller(tokenCaller(caller), { claimId: params.claimId }, "claim:delete");
      const claim = await deleteClaim({ userId: access.userId, claimId: params.claimId });
      return toClaimResource(claim, articleOf(access), origin);
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/claims/{claimId}/restore",
    operationId: "restoreClaim",
    tag: "Claims",
    summary: "Restore a deleted claim",
    access: "write",
    params: claimParams,
    response: { status: 200, description: "The restored claim.", schema: claimResource },
    async handle({ caller, params, origin }) {
      const access = await authorizeCaller(tokenCaller(caller), { claimId: params.claimId }, "claim:delete");
      const claim = await deleteClaim({ userId: access.userId, claimId: params.claimId, restore: true });
      return toClaimResource(claim, articleOf(access), origin);
    },
  }),
];
