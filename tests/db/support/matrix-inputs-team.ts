/** Valid inputs for the team, invitation, sign-up, token and team-switcher actions, built on a cell's own world. */
import { randomUUID } from "node:crypto";
import type * as switcher from "@/app/(app)/actions";
import type * as team from "@/app/(app)/team/actions";
import type * as tokens from "@/app/(app)/account/tokens/actions";
import type * as account from "@/app/(app)/account/actions";
import type * as invite from "@/app/(auth)/invite/[token]/actions";
import type * as signUp from "@/app/(auth)/sign-up/actions";
import { addMember, makeTeam, makeUser } from "@/lib/demo/factories";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { createAccessToken } from "@/lib/tokens/create-access-token";
import { hashPassword } from "@/lib/auth/password";
import type { InputsFor } from "./matrix-rows";
import type { Cell } from "./matrix-world";

/** A member no cell signs in as, for the actions that change or remove someone. */
async function extraMember(cell: Cell, role: "VIEWER" | "OWNER") {
  const user = await makeUser(cell.db);
  await addMember(cell.db, cell.teamId, user.id, role);
  return user;
}

export const switcherInputs: InputsFor<typeof switcher> = {
  switchTeamAction: async (cell) => ({ teamId: cell.teamId }),
};

export const teamInputs: InputsFor<typeof team> = {
  createTeamAction: async () => ({ name: "Matrix desk" }),
  renameTeamAction: async (cell) => ({ teamId: cell.teamId, name: "Renamed desk" }),
  setSecondReviewerAction: async (cell) => ({ teamId: cell.teamId, required: true }),
  changeMemberRoleAction: async (cell) => ({ teamId: cell.teamId, userId: (await extraMember(cell, "VIEWER")).id, role: "EDITOR" }),
  removeMemberAction: async (cell) => ({ teamId: cell.teamId, userId: (await extraMember(cell, "VIEWER")).id }),
  leaveTeamAction: async (cell) => {
    // A second owner, so that the owner's own cell is not refused as "the last owner cannot leave".
    await extraMember(cell, "OWNER");
    return { teamId: cell.teamId };
  },
  createInvitationAction: async (cell) => ({ teamId: cell.teamId, role: "REVIEWER" }),
  revokeInvitationAction: async (cell) => {
    const invitation = await createInvitation({ userId: cell.members.OWNER.id, teamId: cell.teamId, role: "REVIEWER" }, cell.db);
    return { teamId: cell.teamId, invitationId: invitation.invitationId };
  },
};

export const inviteInputs: InputsFor<typeof invite> = {
  // A link to a third team nobody in the cell belongs to: the token, not a role, is what lets people in.
  acceptInvitationAction: async (cell) => {
    const third = await makeTeam(cell.db);
    const owner = await makeUser(cell.db);
    await addMember(cell.db, third.id, owner.id, "OWNER");
    const invitation = await createInvitation({ userId: owner.id, teamId: third.id, role: "VIEWER" }, cell.db);
    return { token: invitation.token };
  },
};

export const signUpInputs: InputsFor<typeof signUp> = {
  signUpAction: async () => ({ name: "New Checker", email: `matrix-${randomUUID()}@example.test`, password: "correct horse battery" }),
};

export const tokenInputs: InputsFor<typeof tokens> = {
  createTokenAction: async (cell) => ({ teamId: cell.teamId, name: "Matrix script", scope: "READ", expiresInDays: "30" }),
  // The caller's own token (an anonymous caller names one of the team owner's).
  revokeTokenAction: async (cell) => {
    const owner = cell.caller ?? cell.members.OWNER;
    const teamId = cell.persona === "other team" ? cell.outsiderTeamId : cell.teamId;
    const token = await createAccessToken({ userId: owner.id, teamId, name: "To revoke", scope: "READ", expiresAt: null }, cell.db);
    return { tokenId: token.id };
  },
};

export const accountInputs: InputsFor<typeof account> = {
  signOutEverywhereAction: async () => ({}),
  // Matrix users are made without a password: give the caller one, so an allowed change can succeed.
  changePasswordAction: async (cell) => {
    if (cell.caller) await cell.db.user.update({ where: { id: cell.caller.id }, data: { passwordHash: await hashPassword("the matrix password") } });
    return { currentPassword: "the matrix password", newPassword: "a brand new matrix password" };
  },
};
