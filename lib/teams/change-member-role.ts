import { db, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors/app-error";
import { revokeInvitationsBy } from "@/lib/invitations/revoke-invitations-by";
import { keepAnOwner } from "./keep-an-owner";
import { lockTeam } from "./lock-team";

export type ChangeMemberRoleOptions = { userId: string; teamId: string; memberUserId: string; role: Role };

/**
 * Gives a member another role. Taking ownership away needs another owner to remain, and revokes the invitations the
 * former owner created (they no longer have the right to invite).
 */
export async function changeMemberRole(
  options: ChangeMemberRoleOptions,
  client: Db = db(),
): Promise<{ role: Role; previousRole: Role; revokedInvitations: number }> {
  return client.$transaction(async (tx) => {
    const team = await lockTeam(tx, options.teamId);
    const membership = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: options.teamId, userId: options.memberUserId } },
      select: { role: true },
    });
    if (!membership) throw notFound("That member");
    const previousRole = membership.role;
    if (previousRole === options.role) return { role: previousRole, previousRole, revokedInvitations: 0 };
    let revokedInvitations = 0;
    if (previousRole === "OWNER") {
      await keepAnOwner(tx, { teamId: options.teamId, teamName: team.name, memberUserId: options.memberUserId, actingUserId: options.userId });
      revokedInvitations = await revokeInvitationsBy(tx, { teamId: options.teamId, invitedById: options.memberUserId });
    }
    await tx.membership.update({
      where: { teamId_userId: { teamId: options.teamId, userId: options.memberUserId } },
      data: { role: options.role },
    });
    return { role: options.role, previousRole, revokedInvitations };
  });
}
