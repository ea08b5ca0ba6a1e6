import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { AppError, sessionEnded } from "@/lib/errors/app-error";
import { invitationSelect } from "./invitation-select";
import { hashInvitationToken } from "./hash-invitation-token";
import { invitationProblem } from "./invitation-problem";
import { INVALID_LINK_MESSAGE, invitationTokenSchema } from "./schemas";

export type AcceptInvitationOptions = { userId: string; token: string; now?: Date };

/**
 * Makes the signed-in user a member of the invitation's team with its role, and marks the invitation used, in one
 * transaction. The token must match an invitation that is not expired, revoked or used; an invitation to an
 * address can only be accepted by the account with that address.
 */
export async function acceptInvitation(
  options: AcceptInvitationOptions,
  client: Db = db(),
): Promise<{ teamId: string; teamName: string; role: Role }> {
  if (!invitationTokenSchema.safeParse(options.token).success) throw new AppError("NOT_FOUND", INVALID_LINK_MESSAGE);
  const now = options.now ?? new Date();
  try {
    return await client.$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash: hashInvitationToken(options.token) },
        select: invitationSelect,
      });
      if (!invitation) throw new AppError("NOT_FOUND", INVALID_LINK_MESSAGE);
      const user = await tx.user.findUnique({
        where: { id: options.userId },
        select: { email: true, memberships: { where: { teamId: invitation.teamId }, select: { role: true } } },
      });
      if (!user) throw sessionEnded();
      const facts = { ...invitation, teamName: invitation.team.name, inviterName: invitation.invitedBy.name ?? invitation.invitedBy.email };
      const problem = invitationProblem(facts, { now, user: { email: user.email, role: user.memberships[0]?.role ?? null } });
      if (problem) throw new AppError(problem.code, problem.message, { details: { reason: problem.reason } });
      // Conditional on still being pending, so two people racing for one link cannot both get in.
      const marked = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (marked.count !== 1) throw new AppError("CONFLICT", "This invitation was used or revoked a moment ago. Ask a team owner for a new one.");
      await tx.membership.create({ data: { teamId: invitation.teamId, userId: options.userId, role: invitation.role } });
      return { teamId: invitation.teamId, teamName: invitation.team.name, role: invitation.role };
    });
  } catch (error) {
    // The same user accepting two links to one team at once: the unique (teamId, userId) stops the second.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "You are already a member of this team.");
    }
    throw error;
  }
}
