import type { Prisma } from "@/lib/db/generated/client";

/**
 * Revokes the pending invitations a member created in a team. Used when that member loses the right to invite
 * (demoted from owner, removed, or leaving): otherwise a link they still hold could bring them back with the
 * role it names.
 */
export async function revokeInvitationsBy(
  tx: Prisma.TransactionClient,
  options: { teamId: string; invitedById: string; now?: Date },
): Promise<number> {
  const result = await tx.invitation.updateMany({
    where: { teamId: options.teamId, invitedById: options.invitedById, acceptedAt: null, revokedAt: null },
    data: { revokedAt: options.now ?? new Date() },
  });
  return result.count;
}
