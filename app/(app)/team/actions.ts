"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { currentUser } from "@/lib/auth/session";
import { sessionEnded } from "@/lib/errors/app-error";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { invitationEmail } from "@/lib/mail/invitation-email";
import { sendMail } from "@/lib/mail/send-mail";
import { changeMemberRole } from "@/lib/teams/change-member-role";
import { createTeam } from "@/lib/teams/create-team";
import { removeMember } from "@/lib/teams/remove-member";
import { renameTeam } from "@/lib/teams/rename-team";
import { roleSchema, teamNameSchema } from "@/lib/teams/schemas";
import { setSecondReviewerRule } from "@/lib/teams/set-second-reviewer-rule";
import { TEAM_COOKIE } from "../current-team";
import { appOrigin } from "./app-origin";

const id = z.string().min(1).max(64);
const teamCookie = { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 } as const;

// Any signed-in user may start a team; there is no team yet to authorize against.
export const createTeamAction = defineAction(z.object({ name: teamNameSchema }), async ({ name }) => {
  const user = await currentUser();
  if (!user) throw sessionEnded();
  const team = await createTeam({ userId: user.id, name });
  (await cookies()).set(TEAM_COOKIE, team.teamId, teamCookie);
  revalidatePath("/", "layout");
  return team;
});

export const renameTeamAction = defineAction(z.object({ teamId: id, name: teamNameSchema }), async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const result = await renameTeam({ userId: access.userId, teamId: access.teamId, name: input.name });
  revalidatePath("/", "layout");
  return result;
});

export const setSecondReviewerAction = defineAction(z.object({ teamId: id, required: z.boolean() }), async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const result = await setSecondReviewerRule({ userId: access.userId, teamId: access.teamId, required: input.required });
  revalidatePath("/team");
  return result;
});

export const changeMemberRoleAction = defineAction(z.object({ teamId: id, userId: id, role: roleSchema }), async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const result = await changeMemberRole({ userId: access.userId, teamId: access.teamId, memberUserId: input.userId, role: input.role });
  revalidatePath("/", "layout");
  return result;
});

export const removeMemberAction = defineAction(z.object({ teamId: id, userId: id }), async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const result = await removeMember({ userId: access.userId, teamId: access.teamId, memberUserId: input.userId });
  revalidatePath("/", "layout");
  return result;
});

// Leaving needs only membership: every member may leave (unless they are the last owner).
export const leaveTeamAction = defineAction(z.object({ teamId: id }), async (input) => {
  const access = await authorize({ teamId: input.teamId }, "article:read");
  const result = await removeMember({ userId: access.userId, teamId: access.teamId, memberUserId: access.userId });
  (await cookies()).delete(TEAM_COOKIE);
  revalidatePath("/", "layout");
  return result;
});

const invitationInput = z.object({
  teamId: id,
  // Empty means "a link, for whoever I give it to"; the address itself is checked by createInvitation.
  email: z.string().max(254, { error: "That e-mail address is too long." }).optional(),
  role: roleSchema,
});

export const createInvitationAction = defineAction(invitationInput, async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const invitation = await createInvitation({ userId: access.userId, teamId: access.teamId, email: input.email, role: input.role });
  const link = `${await appOrigin()}${invitation.path}`;
  let mail: "sent" | "not-configured" | "failed" | "no-address" = "no-address";
  if (invitation.email) {
    const sent = await sendMail({ to: invitation.email, ...invitationEmail({ ...invitation, link }) });
    mail = sent.sent ? "sent" : sent.reason;
  }
  revalidatePath("/team");
  return { link, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, mail };
});

export const revokeInvitationAction = defineAction(z.object({ teamId: id, invitationId: id }), async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const result = await revokeInvitation({ userId: access.userId, teamId: access.teamId, invitationId: input.invitationId });
  revalidatePath("/team");
  return result;
});
