import { db, type DbOrTx } from "@/lib/db/client";

export type CreatePersonalTeamOptions = { userId: string; name: string };

/** A team owned by one new user, so that someone who signs up can import and review straight away. */
export async function createPersonalTeam(options: CreatePersonalTeamOptions, client: DbOrTx = db()): Promise<{ teamId: string }> {
  const team = await client.team.create({
    data: { name: `${options.name}'s team`, memberships: { create: { userId: options.userId, role: "OWNER" } } },
    select: { id: true },
  });
  return { teamId: team.id };
}
