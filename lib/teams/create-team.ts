import { db, type Db } from "@/lib/db/client";
import { requireTeamName } from "./schemas";

export type CreateTeamOptions = { userId: string; name: string };

/** Creates a team with the acting user as its owner (one nested write, so never a team without an owner). */
export async function createTeam(options: CreateTeamOptions, client: Db = db()): Promise<{ teamId: string; name: string }> {
  const name = requireTeamName(options.name);
  const team = await client.team.create({
    data: { name, memberships: { create: { userId: options.userId, role: "OWNER" } } },
    select: { id: true, name: true },
  });
  return { teamId: team.id, name: team.name };
}
