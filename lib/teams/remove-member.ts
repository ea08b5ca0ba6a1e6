import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { revokeInvitationsBy } from "@/lib/invitations/revoke-invitations-by";
import { keepAnOwner } from "./keep-an-owner";
import { lockTeam } from "./lock-team";

export type RemoveMemberOptions = { userId: string; teamId: string; memberUserId: string };

/**
 * Takes a member out of a team; when `memberUserId` is the acting user, they leave it. The last owner cannot go, and
 * the invitations the member created are revoked with them. Their articles, claims and history stay with the team.
 */
export async function removeMember(options: RemoveMemberOptions, client: Db = db()): Promise<{ teamName: string; left: boolean }> {
  return client.$transaction(async (tx) => {
    const team = await lockTeam(tx, options.teamId);
    const membership = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: options.teamId, userId: options.memberUserId } },
      select: { id: true, role: true },
    });
    if (!membership) throw notFound("That member");
    if (membership.role === "OWNER") {
      await keepAnOwner(tx, { teamId: options.teamId, teamName: team.name, memberUserId: options.memberUserId, actingUserId: options.userId });
    }
    await revokeInvitationsBy(tx, { teamId: options.teamId, invitedById: options.memberUserId });
    await tx.membership.delete({ where: { id: membership.id } });
    return { teamName: team.name, left: options.memberUserId === options.userId };
  });
}
