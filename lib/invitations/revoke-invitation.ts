import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

export type RevokeInvitationOptions = { userId: string; teamId: string; invitationId: string };

/** Makes an invitation's link stop working. Revoking twice is harmless; a used invitation cannot be revoked. */
export async function revokeInvitation(options: RevokeInvitationOptions, client: Db = db()): Promise<{ revokedAt: Date }> {
  const now = new Date();
  // One conditional write: an accept racing with this revoke wins or loses as a whole, never both.
  const revoked = await client.invitation.updateMany({
    where: { id: options.invitationId, teamId: options.teamId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (revoked.count === 1) return { revokedAt: now };
  // Scoped by team: another team's invitation id answers like a missing one.
  const invitation = await client.invitation.findFirst({
    where: { id: options.invitationId, teamId: options.teamId },
    select: { acceptedAt: true, revokedAt: true },
  });
  if (!invitation) throw notFound("That invitation");
  if (invitation.revokedAt) return { revokedAt: invitation.revokedAt };
  throw new AppError("CONFLICT", "This invitation has already been accepted. To take the person out of the team, remove them from the members list.");
}
