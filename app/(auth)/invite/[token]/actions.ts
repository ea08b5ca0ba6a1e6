"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { TEAM_COOKIE } from "@/app/(app)/current-team";
import { defineAction } from "@/lib/actions/define-action";
import { currentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";

// Accepting needs a signed-in user and nothing more: the secret token is the authority, checked by acceptInvitation.
export const acceptInvitationAction = defineAction(z.object({ token: z.string().min(1).max(200) }), async ({ token }) => {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in or create an account first, then join the team.");
  const joined = await acceptInvitation({ userId: user.id, token });
  // Open the new team straight away.
  (await cookies()).set(TEAM_COOKIE, joined.teamId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  revalidatePath("/", "layout");
  return joined;
});
