/**
 * The one authorization helper. Every page, server action and route handler resolves the caller's membership
 * through here before touching data. An id from another team answers exactly like an id that does not exist.
 */
import { db, type Db } from "@/lib/db/client";
import type { Role, TokenScope } from "@/lib/db/generated/enums";
import { AppError, notFound, sessionEnded } from "@/lib/errors/app-error";
import { findUnstorable } from "@/lib/input/find-unstorable";
import { loadSessionUser, sessionStillValid } from "./load-session-user";
import { can, PERMISSIONS, ROLE_LABELS, type Permission } from "./permissions";

export type AccessTarget = { teamId: string } | { articleId: string } | { claimId: string } | { versionId: string };

export type Access = {
  userId: string;
  teamId: string;
  role: Role;
  /** The article the target is or belongs to, as the lookup found it; null when the target is a team. */
  articleId: string | null;
};

/**
 * Who is asking: a signed-in user, or a user through one of their access tokens. A token narrows what its owner may
 * do: to the one team it was made for, and to reading when it is read-only. It never widens a role.
 */
export type Caller = {
  userId: string;
  token?: { teamId: string; scope: TokenScope };
  /**
   * A session cookie's sign-in time, still to be checked against the user's "sign out everywhere": the check then
   * rides on the authorization query instead of costing a lookup of its own.
   */
  session?: { authTime: unknown };
};

type Resolved = { teamId: string; role: Role | null; articleId: string | null; sessionsValidAfter: Date | null };

/**
 * The target's team and the caller's role in it (null when not a member), in one query: the membership rides on the
 * lookup of the target as a relation filtered to the caller.
 */
async function resolveTeamAndRole(target: AccessTarget, userId: string, client: Db): Promise<Resolved | null> {
  const member = { role: true, user: { select: { sessionsValidAfter: true } } } as const;
  type Member = { role: Role; user: { sessionsValidAfter: Date | null } };
  const team = { select: { memberships: { where: { userId }, select: member } } } as const;
  const article = { select: { id: true, teamId: true, team } } as const;
  const toResolved = (found: { id: string; teamId: string; team: { memberships: Member[] } }): Resolved => ({
    teamId: found.teamId,
    role: found.team.memberships[0]?.role ?? null,
    articleId: found.id,
    sessionsValidAfter: found.team.memberships[0]?.user.sessionsValidAfter ?? null,
  });
  if ("teamId" in target) {
    const membership = await client.membership.findUnique({ where: { teamId_userId: { teamId: target.teamId, userId } }, select: member });
    return { teamId: target.teamId, role: membership?.role ?? null, articleId: null, sessionsValidAfter: membership?.user.sessionsValidAfter ?? null };
  }
  if ("articleId" in target) {
    const found = await client.article.findUnique({ where: { id: target.articleId }, select: article.select });
    return found && toResolved(found);
  }
  if ("versionId" in target) {
    const version = await client.articleVersion.findUnique({ where: { id: target.versionId }, select: { article } });
    return version && toResolved(version.article);
  }
  const claim = await client.claim.findUnique({ where: { id: target.claimId }, select: { article } });
  return claim && toResolved(claim.article);
}

/** The article an access to an article, a version or a claim was granted on (those always have one). */
export function articleOf(access: Access): string {
  if (access.articleId === null) throw new Error("This access was granted on a team, not on an article.");
  return access.articleId;
}

const WHAT: Record<string, string> = { teamId: "That team", articleId: "That article", versionId: "That article version", claimId: "That claim" };

/** Checks that `userId` is a member of the target's team with a role that grants `permission`. */
export async function authorizeUser(
  userId: string | null | undefined,
  target: AccessTarget,
  permission: Permission,
  client: Db = db(),
): Promise<Access> {
  return authorizeCaller(userId ? { userId } : null, target, permission, client);
}

/** `authorizeUser` for any caller; a token's other teams answer "not found", exactly like missing ids. */
export async function authorizeCaller(caller: Caller | null, target: AccessTarget, permission: Permission, client: Db = db()): Promise<Access> {
  if (!caller) throw sessionEnded();
  const what = WHAT[Object.keys(target)[0]];
  // An id no row could have (a NUL or half an emoji from a crafted request) is simply not found.
  if (findUnstorable(target)) throw await notFoundUnlessSessionEnded(caller, what, client);
  const resolved = await resolveTeamAndRole(target, caller.userId, client);
  if (!resolved || (caller.token && caller.token.teamId !== resolved.teamId)) throw await notFoundUnlessSessionEnded(caller, what, client);
  const { role } = resolved;
  if (!role) throw await notFoundUnlessSessionEnded(caller, what, client);
  if (caller.session && !sessionStillValid(caller.session.authTime, resolved.sessionsValidAfter)) throw sessionEnded();
  if (!can(role, permission)) {
    throw new AppError(
      "FORBIDDEN",
      `As ${ROLE_LABELS[role].toLowerCase()} you cannot do this (${PERMISSIONS[permission].toLowerCase()}). Ask a team owner for a different role.`,
    );
  }
  if (caller.token?.scope === "READ" && permission !== "article:read") {
    throw new AppError("FORBIDDEN", "This access token is read-only. Create a read-and-write token to make changes.");
  }
  return { userId: caller.userId, teamId: resolved.teamId, role, articleId: resolved.articleId };
}

/**
 * A refusal's message when the caller is not a member of the target's team: the membership could not carry the
 * session check, so an ended session is told apart here, on the refusal path only, and still answers "sign in".
 */
async function notFoundUnlessSessionEnded(caller: Caller, what: string, client: Db): Promise<AppError> {
  if (caller.session && !(await loadSessionUser({ userId: caller.userId, authTime: caller.session.authTime }, client))) return sessionEnded();
  return notFound(what);
}
