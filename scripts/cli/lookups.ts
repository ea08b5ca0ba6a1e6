/**
 * Turning what an administrator types (an e-mail address, a team's id or name) into rows, with messages that say
 * which command fixes the problem. Failures are AppErrors, so they print as one line and exit with code 1.
 */
import { z } from "zod";
import { authorizeUser, type Access } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { INVOCATION } from "./command";

/** The --team option: an id or an exact name, told apart by `findTeam`. */
export const teamOption = z.string().trim().min(1, { error: "Give the team's id or exact name." }).max(200);

export type FoundUser = { id: string; email: string; name: string | null };
export type FoundTeam = { id: string; name: string };

export async function findUserByEmail(client: Db, email: string): Promise<FoundUser> {
  const user = await client.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (user) return user;
  throw new AppError("NOT_FOUND", `No account has the e-mail address ${email}. Create it with: ${INVOCATION} create-user --email ${email} --name "<name>"`);
}

/** A team by its id, else by its exact name; a name several teams share is refused with their ids to choose from. */
export async function findTeam(client: Db, idOrName: string): Promise<FoundTeam> {
  const byId = await client.team.findUnique({ where: { id: idOrName }, select: { id: true, name: true } });
  if (byId) return byId;
  const byName = await client.team.findMany({ where: { name: idOrName }, select: { id: true, name: true }, orderBy: { createdAt: "asc" }, take: 10 });
  if (byName.length === 1) return byName[0];
  if (byName.length === 0) throw new AppError("NOT_FOUND", `No team has the id or the exact name "${idOrName}".`);
  throw new AppError("CONFLICT", `${byName.length} teams are named "${idOrName}". Give the id of the one you mean: ${byName.map((team) => team.id).join(", ")}.`);
}

/**
 * The user's access to the team for one permission. Not being a member is said plainly (authorize would answer
 * "not found", which is right for a browser but no help to an administrator).
 */
export async function memberAccess(client: Db, user: FoundUser, team: FoundTeam, permission: Permission): Promise<Access> {
  const membership = await client.membership.findUnique({ where: { teamId_userId: { teamId: team.id, userId: user.id } }, select: { id: true } });
  if (!membership) {
    throw new AppError(
      "FORBIDDEN",
      `${user.email} is not a member of ${team.name}. Add them with: ${INVOCATION} add-member --team ${team.id} --email ${user.email} --role <role>`,
    );
  }
  return authorizeUser(user.id, { teamId: team.id }, permission, client);
}
