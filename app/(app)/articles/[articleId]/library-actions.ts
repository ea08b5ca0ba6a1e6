"use server";
/**
 * Claim library actions of the review page: earlier claims worded alike, linking two claims as the same claim,
 * copying a linked claim's verdict, and where a claim appears. Every claim id the browser sends is authorized on its
 * own team; the lib then refuses two claims of different teams as "not found".
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { claimIdSchema, idSchema, revisionSchema } from "@/lib/claims/schemas";
import { copyVerdict } from "@/lib/library/copy-verdict";
import { findSimilarClaims } from "@/lib/library/find-similar-claims";
import { linkClaims } from "@/lib/library/link-claims";
import { listClaimAppearances } from "@/lib/library/list-claim-appearances";
import { unlinkClaims } from "@/lib/library/unlink-claims";

const pairSchema = z.object({ claimId: idSchema, linkedClaimId: idSchema });

export const findSimilarClaimsAction = defineAction(
  z.object({ claimId: idSchema, includeSameArticle: z.boolean().optional(), limit: z.number().int().min(1).max(10).optional() }),
  async (input) => {
    const { teamId } = await authorize({ claimId: input.claimId }, "article:read");
    return findSimilarClaims({ teamId, ...input });
  },
);

export const linkClaimsAction = defineAction(pairSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
  await authorize({ claimId: input.linkedClaimId }, "claim:write");
  const link = await linkClaims({ userId, ...input });
  revalidatePath("/articles");
  return link;
});

export const unlinkClaimsAction = defineAction(pairSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
  await authorize({ claimId: input.linkedClaimId }, "claim:write");
  const result = await unlinkClaims({ userId, ...input });
  revalidatePath("/articles");
  return result;
});

export const copyVerdictAction = defineAction(
  z.object({
    claimId: idSchema,
    revision: revisionSchema,
    fromClaimId: idSchema,
    copy: z
      .object({ status: z.boolean().default(false), sources: z.boolean().default(false), note: z.boolean().default(false) })
      .refine((copy) => copy.status || copy.sources || copy.note, { error: "Choose what to copy: the status, the sources or the note." }),
  }),
  async (input) => {
    const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
    await authorize({ claimId: input.fromClaimId }, "claim:write");
    const result = await copyVerdict({ userId, ...input });
    revalidatePath("/articles");
    return result;
  },
);

export const listClaimAppearancesAction = defineAction(claimIdSchema, async (input) => {
  const { teamId } = await authorize({ claimId: input.claimId }, "article:read");
  return listClaimAppearances({ teamId, claimId: input.claimId });
});
