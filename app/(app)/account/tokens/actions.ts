"use server";
/** Personal access tokens: the signed-in user manages only their own; a token is made for a team they belong to. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { currentUser } from "@/lib/auth/session";
import { sessionEnded } from "@/lib/errors/app-error";
import { createAccessToken } from "@/lib/tokens/create-access-token";
import { revokeAccessToken } from "@/lib/tokens/revoke-access-token";
import { createTokenSchema } from "@/lib/tokens/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

export const createTokenAction = defineAction(createTokenSchema, async (input) => {
  // Any member may make a token: it can never do more than its owner's role allows.
  const access = await authorize({ teamId: input.teamId }, "article:read");
  const expiresAt = input.expiresInDays === "never" ? null : new Date(Date.now() + Number(input.expiresInDays) * DAY_MS);
  const token = await createAccessToken({ userId: access.userId, teamId: access.teamId, name: input.name, scope: input.scope, expiresAt });
  revalidatePath("/account/tokens");
  return token;
});

export const revokeTokenAction = defineAction(z.object({ tokenId: z.string().min(1).max(64) }), async (input) => {
  const user = await currentUser();
  if (!user) throw sessionEnded();
  const result = await revokeAccessToken({ userId: user.id, tokenId: input.tokenId });
  revalidatePath("/account/tokens");
  return result;
});
