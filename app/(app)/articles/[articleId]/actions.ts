"use server";
/**
 * The review loop's server actions: parse, authorize on the claim's own team, one lib call. Claim writes do not
 * call revalidatePath: in a server action it re-renders the calling page into the response, which on an article
 * with 2,000 claims was 1.7 MB and about half a second per status change (npm run bench -- review-interaction).
 * The review page keeps its claims from each action's answer and from teammates' live events, and the pages that
 * summarise claims (/articles, /queue, /dashboard) are dynamic: each visit renders them afresh.
 * New versions still revalidate: the page must then be drawn from the new text.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { articleDocSchema } from "@/lib/articles/article-doc-schema";
import { importSourceSchema } from "@/lib/articles/import-schemas";
import { runImport } from "@/lib/articles/run-import";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { addSource } from "@/lib/claims/add-source";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { leaveClaimOrphaned } from "@/lib/claims/leave-claim-orphaned";
import { reattachClaim } from "@/lib/claims/reattach-claim";
import { removeSource } from "@/lib/claims/remove-source";
import {
  addSourceSchema,
  claimIdSchema,
  claimRevisionSchema,
  createClaimSchema,
  reattachClaimSchema,
  removeSourceSchema,
  setStatusSchema,
  updateNoteSchema,
} from "@/lib/claims/schemas";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { sourceClaimId } from "@/lib/claims/source-claim-id";
import { updateClaimNote } from "@/lib/claims/update-claim-note";

export const createClaimAction = defineAction(createClaimSchema, async (input) => {
  const { userId } = await authorize({ articleId: input.articleId }, "claim:write");
  return createClaim({ userId, ...input });
});

export const setClaimStatusAction = defineAction(setStatusSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
  return setClaimStatus({ userId, ...input });
});

export const updateClaimNoteAction = defineAction(updateNoteSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
  return updateClaimNote({ userId, ...input });
});

export const addSourceAction = defineAction(addSourceSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
  return addSource({ userId, ...input });
});

export const removeSourceAction = defineAction(removeSourceSchema, async (input) => {
  const claimId = await sourceClaimId(input.sourceId).catch(() => null);
  // An unknown source and another team's source answer alike.
  const { userId } = await authorize({ claimId: claimId ?? "-" }, "claim:write");
  return removeSource({ userId, sourceId: input.sourceId });
});

export const deleteClaimAction = defineAction(claimIdSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:delete");
  return deleteClaim({ userId, claimId: input.claimId });
});

export const restoreClaimAction = defineAction(claimIdSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:delete");
  return deleteClaim({ userId, claimId: input.claimId, restore: true });
});

export const addVersionAction = defineAction(
  z.object({ articleId: z.string().min(1).max(64), source: importSourceSchema }),
  async (input) => {
    const { userId } = await authorize({ articleId: input.articleId }, "article:import");
    const imported = await runImport(input.source);
    const result = await addArticleVersion({ userId, articleId: input.articleId, doc: imported.doc, importReport: imported.report });
    revalidatePath(`/articles/${input.articleId}`);
    revalidatePath("/articles");
    return result;
  },
);

export const reattachClaimAction = defineAction(reattachClaimSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
  return reattachClaim({ userId, ...input });
});

export const leaveClaimOrphanedAction = defineAction(claimRevisionSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
  return leaveClaimOrphaned({ userId, ...input });
});

export const saveEditedVersionAction = defineAction(
  z.object({ articleId: z.string().min(1).max(64), basedOnNumber: z.number().int().min(1), doc: articleDocSchema }),
  async (input) => {
    const { userId } = await authorize({ articleId: input.articleId }, "article:import");
    const result = await addArticleVersion({
      userId,
      articleId: input.articleId,
      doc: input.doc,
      basedOnNumber: input.basedOnNumber,
      importReport: { editedInFactdesk: true },
    });
    revalidatePath(`/articles/${input.articleId}`);
    revalidatePath("/articles");
    return result;
  },
);
