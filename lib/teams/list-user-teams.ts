import { db, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

export type UserTeam = { id: string; name: string; role: Role };

/** Every team the user belongs to, oldest membership first (the first is the default team). */
export async function listUserTeams(userId: string, client: Db = db()): Promise<UserTeam[]> {
  const memberships = await client.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, team: { select: { id: true, name: true } } },
  });
  return memberships.map((m) => ({ id: m.team.id, name: m.team.name, role: m.role }));
}

/** The team to show: the one the user last chose if still a member of it, else the first. */
export function pickCurrentTeam(teams: UserTeam[], preferredTeamId: string | undefined): UserTeam | null {
  return teams.find((team) => team.id === preferredTeamId) ?? teams[0] ?? null;
}
