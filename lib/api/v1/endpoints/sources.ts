import { articleOf, authorizeCaller } from "@/lib/auth/authorize";
import { addSource } from "@/lib/claims/add-source";
import { removeSource } from "@/lib/claims/remove-source";
import { addSourceSchema } from "@/lib/claims/schemas";
import { sourceClaimId } from "@/lib/claims/source-claim-id";
import { notFound } from "@/lib/errors/app-error";
import { defineEndpoint } from "../define-endpoint";
import { claimParams, sourceParams } from "../inputs";
import { claimResource, toClaimResource } from "../resources";
import { tokenCaller } from "../token-caller";

export const sourceEndpoints = [
  defineEndpoint({
    method: "POST",
    path: "/claims/{claimId}/sources",
    operationId: "addSource",
    tag: "Sources",
    summary: "Attach a source link to a claim",
    access: "write",
    params: claimParams,
    body: addSourceSchema.omit({ claimId: true }),
    response: { status: 201, description: "The claim with the new source.", schema: claimResource },
    async handle({ caller, params, body, origin }) {
      const access = await authorizeCaller(tokenCaller(caller), { claimId: params.claimId }, "claim:write");
      const claim = await addSource({ userId: access.userId, claimId: params.claimId, ...body });
      return toClaimResource(claim, articleOf(access), origin);
    },
  }),
  defineEndpoint({
    method: "DELETE",
    path: "/claims/{claimId}/sources/{sourceId}",
    operationId: "removeSource",
    tag: "Sources",
    summary: "Remove a source from a claim",
    access: "write",
    params: sourceParams,
    response: { status: 200, description: "The claim without the source.", schema: claimResource },
    async handle({ caller, params, origin }) {
      const access = await authorizeCaller(tokenCaller(caller), { claimId: params.claimId }, "claim:write");
      // A source of another claim (of this team or any other) answers like a missing one.
      if ((await sourceClaimId(params.sourceId)) !== params.claimId) throw notFound("That source");
      const claim = await removeSource({ userId: access.userId, sourceId: params.sourceId });
      return toClaimResource(claim, articleOf(access), origin);
    },
  }),
];
