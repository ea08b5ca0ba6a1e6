"use server";
/**
 * Claim library actions of the review page: linking two claims as the same claim and copying a linked claim's
 * verdict. Every claim id the browser sends is authorized on its own team; the lib then refuses two claims of
 * different teams as "not found". The reads (earlier claims worded alike, where a claim appears) are the GET route
 * app/api/articles/[articleId]/claims/[claimId]/library, so that they never wait in line with these writes.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { idSchema, revisionSchema } from "@/lib/claims/schemas";
import { copyVerdict } from "@/lib/library/copy-verdict";
import { linkClaims } from "@/lib/library/link-claims";
import { unlinkClaims } from "@/lib/library/unlink-claims";

const pairSchema = z.object({ claimId: idSchema, linkedClaimId: idSchema });

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
