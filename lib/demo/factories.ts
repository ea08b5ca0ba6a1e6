/**
 * Builders for users, teams and articles. Tests call them for fresh data per test; the demo seed uses them too,
 * so the demo always has the shape the tests prove works.
 */
import { randomUUID } from "node:crypto";
import { createArticle } from "@/lib/articles/create-article";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

const unique = () => randomUUID().slice(0, 8);

export async function makeUser(client: Db, options: { name?: string; email?: string; password?: string } = {}) {
  const id = unique();
  const passwordHash = options.password ? await hashPassword(options.password) : null;
  return client.user.create({
    data: { name: options.name ?? `User ${id}`, email: options.email ?? `user-${id}@example.test`, passwordHash },
    select: { id: true, name: true, email: true },
  });
}

export async function makeTeam(client: Db, options: { name?: string } = {}) {
  return client.team.create({ data: { name: options.name ?? `Team ${unique()}` }, select: { id: true, name: true } });
}

export async function addMember(client: Db, teamId: string, userId: string, role: Role) {
  return client.membership.create({ data: { teamId, userId, role }, select: { id: true, role: true } });
}

/** A team with one member of each role, the usual cast of an authorization test. */
export async function makeTeamWithMembers(client: Db) {
  const team = await makeTeam(client);
  const members = {} as Record<Role, { id: string; name: string | null; email: string }>;
  for (const role of ["OWNER", "EDITOR", "REVIEWER", "VIEWER"] as const) {
    members[role] = await makeUser(client, { name: `${role.toLowerCase()} ${unique()}` });
    await addMember(client, team.id, members[role].id, role);
  }
  return { team, members };
}

export async function makeArticle(
  client: Db,
  options: { teamId: string; userId: string; title?: string; paragraphs?: string[]; sourceUrl?: string },
) {
  const paragraphs = options.paragraphs ?? [
    "The city council approved a budget of 12 million euros on Tuesday.",
    "The mayor said the new tram line would open in 2027, two years earlier than planned.",
    "Critics say the plan has no funding for maintenance.",
  ];
  return createArticle(
    {
      userId: options.userId,
      teamId: options.teamId,
      title: options.title ?? `Article ${unique()}`,
      sourceUrl: options.sourceUrl,
      doc: paragraphsToDoc(paragraphs),
    },
    client,
  );
}
