import { db, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

export type PendingInvitation = {
  id: string;
  email: string | null;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
  invitedBy: string;
};

/** A team's invitations that can still be accepted (not used, not revoked, not expired), newest first. */
export async function listPendingInvitations(options: { teamId: string; now?: Date }, client: Db = db()): Promise<PendingInvitation[]> {
  const invitations = await client.invitation.findMany({
    where: { teamId: options.teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: options.now ?? new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true, email: true } } },
  });
  return invitations.map(({ invitedBy, ...invitation }) => ({ ...invitation, invitedBy: invitedBy.name ?? invitedBy.email }));
}
