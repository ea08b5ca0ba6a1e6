"use server";
import { defineAction } from "@/lib/actions/define-action";
import { changePassword, changePasswordSchema } from "@/lib/auth/change-password";
import { currentUser } from "@/lib/auth/session";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { sessionEnded } from "@/lib/errors/app-error";
import { z } from "zod";

// Both act on the caller's own account only: the user id comes from the session, never from the browser.
async function signedInUserId(): Promise<string> {
  const user = await currentUser();
  if (!user) throw sessionEnded();
  return user.id;
}

export const signOutEverywhereAction = defineAction(z.object({}), async () => {
  await signOutEverywhere({ userId: await signedInUserId() });
  return { signedOut: true };
});

export const changePasswordAction = defineAction(changePasswordSchema, async (input) => {
  const { email } = await changePassword({ userId: await signedInUserId(), ...input });
  // The browser signs in again with the new password, so only the other sessions stay signed out.
  return { email };
});
