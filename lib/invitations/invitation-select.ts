import type { Prisma } from "@/lib/db/generated/client";

/** What both the landing page and accepting need to know about an invitation found by its token. */
export const invitationSelect = {
  id: true,
  teamId: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  team: { select: { name: true } },
  invitedBy: { select: { name: true, email: true } },
} satisfies Prisma.InvitationSelect;
