/**
 * The fixtures of one cell of the authorization matrix: a team with one member of each role, an article with one
 * unreviewed claim, and an outsider who owns another team. Every cell gets its own, so a call that is allowed can
 * change anything (leave the team, delete the claim) without disturbing another cell.
 */
import type { SessionUser } from "@/lib/auth/session";
import { createClaim } from "@/lib/claims/create-claim";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { addMember, makeArticle, makeTeam, makeTeamWithMembers, makeUser } from "@/lib/demo/factories";

export const PERSONAS = ["anonymous", "VIEWER", "REVIEWER", "EDITOR", "OWNER", "other team"] as const;
export type Persona = (typeof PERSONAS)[number];

/** The article text of `makeArticle`: the claim covers "city council", offsets 4 to 16. */
export const CLAIM_SPAN = { start: 4, end: 16 };

export type World = {
  db: Db;
  teamId: string;
  members: Record<Role, SessionUser>;
  articleId: string;
  /** The article's one (so current) version. */
  versionId: string;
  claimId: string;
  /** The OWNER of another team: the strongest role, just not in this team. */
  outsider: SessionUser;
  outsiderTeamId: string;
};

/** The context an input is built in: the cell's world, who will make the call, and the signal that ends its request. */
export type Cell = World & { persona: Persona; caller: SessionUser | null; signal: AbortSignal };

export async function makeWorld(db: Db): Promise<World> {
  const { team, members } = await makeTeamWithMembers(db);
  const { articleId, versionId } = await makeArticle(db, { teamId: team.id, userId: members.EDITOR.id });
  const claim = await createClaim({ userId: members.REVIEWER.id, articleId, ...CLAIM_SPAN }, db);
  const outsiderTeam = await makeTeam(db);
  const outsider = await makeUser(db);
  await addMember(db, outsiderTeam.id, outsider.id, "OWNER");
  return { db, teamId: team.id, members, articleId, versionId, claimId: claim.id, outsider, outsiderTeamId: outsiderTeam.id };
}

export function callerOf(world: World, persona: Persona): SessionUser | null {
  if (persona === "anonymous") return null;
  if (persona === "other team") return world.outsider;
  return world.members[persona];
}
