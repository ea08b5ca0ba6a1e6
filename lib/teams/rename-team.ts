import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { requireTeamName } from "./schemas";

export type RenameTeamOptions = { userId: string; teamId: string; name: string };

/** Gives a team a new name. */
export async function renameTeam(options: RenameTeamOptions, client: Db = db()): Promise<{ name: string }> {
  const name = requireTeamName(options.name);
  try {
    return await client.team.update({ where: { id: options.teamId }, data: { name }, select: { name: true } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw notFound("That team");
    throw error;
  }
}
