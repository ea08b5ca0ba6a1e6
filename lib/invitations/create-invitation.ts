import { randomBytes } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emailSchema } from "@/lib/users/schemas";
import { hashInvitationToken } from "./hash-invitation-token";
import { invitationPath } from "./invitation-link";
import { INVITATION_LIFETIME_DAYS } from "./schemas";

export type CreateInvitationOptions = {
  userId: string;
  teamId: string;
  /** Who may accept; null or empty makes a link anyone signed in can use once. */
  email?: string | null;
  role: Role;
  now?: Date;
};

export type CreatedInvitation = {
  invitationId: string;
  /** The secret, returned once: only its hash is stored, so it cannot be shown again later. */
  token: string;
  path: string;
  email: string | null;
  role: Role;
  expiresAt: Date;
  teamName: string;
  inviterName: string;
};

function normaliseEmail(email: string | null | undefined): string | null {
  if (email == null || email.trim() === "") return null;
  const parsed = emailSchema.safeParse(email);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? "Enter a valid e-mail address.";
  throw new AppError("INVALID_INPUT", message, { fields: { email: message } });
}

/**
 * Invites someone into a team, by e-mail address or as a bare link, valid for seven days. A new invitation to an
 * address replaces the earlier pending ones to it, so only the newest link works.
 */
export async function createInvitation(options: CreateInvitationOptions, client: Db = db()): Promise<CreatedInvitation> {
  const email = normaliseEmail(options.email);
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
  return client.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: options.teamId }, select: { name: true } });
    if (!team) throw notFound("That team");
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: options.userId }, select: { name: true, email: true } });
    if (email) {
      const member = await tx.membership.findFirst({
        where: { teamId: options.teamId, user: { email: { equals: email, mode: "insensitive" } } },
        select: { id: true },
      });
      if (member) {
        const message = `${email} is already a member of ${team.name}. Change their role in the members list instead.`;
        throw new AppError("CONFLICT", message, { fields: { email: message } });
      }
      await tx.invitation.updateMany({
        where: { teamId: options.teamId, email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
    }
    const invitation = await tx.invitation.create({
      data: { teamId: options.teamId, email, role: options.role, tokenHash: hashInvitationToken(token), invitedById: options.userId, expiresAt, createdAt: now },
      select: { id: true },
    });
    return {
      invitationId: invitation.id,
      token,
      path: invitationPath(token),
      email,
      role: options.role,
      expiresAt,
      teamName: team.name,
      inviterName: inviter.name ?? inviter.email,
    };
  });
}
