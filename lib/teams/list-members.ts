import { db, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

export type TeamMember = { userId: string; name: string | null; email: string; role: Role; joinedAt: Date };

const ROLE_ORDER: Record<Role, number> = { OWNER: 0, EDITOR: 1, REVIEWER: 2, VIEWER: 3 };

/** A team's members with their roles: owners first, then by name. */
export async function listMembers(options: { teamId: string }, client: Db = db()): Promise<TeamMember[]> {
  const memberships = await client.membership.findMany({
    where: { teamId: options.teamId },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return memberships
    .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, joinedAt: m.createdAt }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.name ?? a.email).localeCompare(b.name ?? b.email));
}
