import type { DbOrTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export type Person = { id: string; name: string | null };

/**
 * The member `userId` of `teamId`, or an INVALID_INPUT error naming them. The name is shown only if the acting user
 * shares some team with them, so probing random ids reveals nobody's name.
 */
export async function requireTeamMember(client: DbOrTx, options: { teamId: string; userId: string; actorId: string }): Promise<Person> {
  const membership = await client.membership.findUnique({
    where: { teamId_userId: { teamId: options.teamId, userId: options.userId } },
    select: { user: { select: { id: true, name: true } } },
  });
  if (membership) return membership.user;
  const known = await client.user.findFirst({
    where: { id: options.userId, memberships: { some: { team: { memberships: { some: { userId: options.actorId } } } } } },
    select: { name: true, email: true },
  });
  const who = known ? (known.name ?? known.email) : "That person";
  throw new AppError("INVALID_INPUT", `${who} is not a member of this team.`, { fields: { assigneeId: `${who} is not a member of this team.` } });
}
