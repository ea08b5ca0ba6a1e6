import { db, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { invitationSelect } from "./invitation-select";
import { hashInvitationToken } from "./hash-invitation-token";
import { invitationProblem, type InvitationProblem } from "./invitation-problem";
import { invitationTokenSchema } from "./schemas";

export type InvitationView = {
  teamId: string;
  teamName: string;
  inviterName: string;
  role: Role;
  email: string | null;
  expiresAt: Date;
  /** Why the viewer cannot accept it, or null when they can (or could, once signed in). */
  problem: InvitationProblem | null;
};

/** What an invitation link's landing page shows, for a signed-in viewer or an anonymous one; null for an unknown link. */
export async function getInvitation(options: { token: string; userId?: string | null; now?: Date }, client: Db = db()): Promise<InvitationView | null> {
  if (!invitationTokenSchema.safeParse(options.token).success) return null;
  const invitation = await client.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(options.token) },
    select: invitationSelect,
  });
  if (!invitation) return null;
  const viewer = options.userId
    ? await client.user.findUnique({
        where: { id: options.userId },
        select: { email: true, memberships: { where: { teamId: invitation.teamId }, select: { role: true } } },
      })
    : null;
  const facts = {
    email: invitation.email,
    teamName: invitation.team.name,
    inviterName: invitation.invitedBy.name ?? invitation.invitedBy.email,
    expiresAt: invitation.expiresAt,
    acceptedAt: invitation.acceptedAt,
    revokedAt: invitation.revokedAt,
  };
  const user = viewer ? { email: viewer.email, role: viewer.memberships[0]?.role ?? null } : undefined;
  return {
    teamId: invitation.teamId,
    teamName: facts.teamName,
    inviterName: facts.inviterName,
    role: invitation.role,
    email: invitation.email,
    expiresAt: invitation.expiresAt,
    problem: invitationProblem(facts, { now: options.now ?? new Date(), user }),
  };
}
