import type { Role } from "@/lib/db/generated/enums";
import type { AppErrorCode } from "@/lib/errors/app-error";

export type InvitationFacts = {
  email: string | null;
  teamName: string;
  inviterName: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

export type InvitationProblem = {
  reason: "ALREADY_MEMBER" | "REVOKED" | "ACCEPTED" | "EXPIRED" | "WRONG_EMAIL";
  code: AppErrorCode;
  message: string;
};

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Why an invitation cannot be accepted (by this user, when one is given), or null when it can. The landing page
 * and `acceptInvitation` both ask here, so the page says exactly what accepting would answer.
 */
export function invitationProblem(
  invitation: InvitationFacts,
  context: { now: Date; user?: { email: string; role: Role | null } },
): InvitationProblem | null {
  const { teamName, inviterName } = invitation;
  if (context.user?.role) {
    return { reason: "ALREADY_MEMBER", code: "CONFLICT", message: `You are already a member of ${teamName}.` };
  }
  if (invitation.revokedAt) {
    return {
      reason: "REVOKED",
      code: "CONFLICT",
      message: `This invitation to ${teamName} was revoked. Ask ${inviterName} or another owner of the team for a new one.`,
    };
  }
  if (invitation.acceptedAt) {
    return {
      reason: "ACCEPTED",
      code: "CONFLICT",
      message: `This invitation to ${teamName} has already been used. Each link works once: ask ${inviterName} for a new one.`,
    };
  }
  if (invitation.expiresAt.getTime() <= context.now.getTime()) {
    return {
      reason: "EXPIRED",
      code: "CONFLICT",
      message: `This invitation expired on ${day(invitation.expiresAt)}. Ask ${inviterName} for a new one.`,
    };
  }
  if (context.user && invitation.email && invitation.email.toLowerCase() !== context.user.email.toLowerCase()) {
    return {
      reason: "WRONG_EMAIL",
      code: "FORBIDDEN",
      message:
        `This invitation is for ${invitation.email}, but you are signed in as ${context.user.email}. ` +
        `Sign out and sign in as ${invitation.email}, or ask ${inviterName} to invite ${context.user.email}.`,
    };
  }
  return null;
}
