import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type TeamSettings = { id: string; name: string; requireSecondReviewer: boolean };

/** The team's own settings, for the team page. */
export async function getTeamSettings(options: { teamId: string }, client: Db = db()): Promise<TeamSettings> {
  const team = await client.team.findUnique({
    where: { id: options.teamId },
    select: { id: true, name: true, requireSecondReviewer: true },
  });
  if (!team) throw notFound("That team");
  return team;
}
