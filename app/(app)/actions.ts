"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { TEAM_COOKIE } from "./current-team";

export const switchTeamAction = defineAction(z.object({ teamId: z.string().min(1).max(64) }), async ({ teamId }) => {
  await authorize({ teamId }, "article:read");
  (await cookies()).set(TEAM_COOKIE, teamId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  revalidatePath("/", "layout");
  return { teamId };
});
