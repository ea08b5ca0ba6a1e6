/**
 * The user behind a session token, read from the database for the request: null when the account is gone, or when
 * "sign out everywhere" (or a password change) happened after this session signed in.
 */
import { db, type Db } from "@/lib/db/client";

export type SessionUser = { id: string; name: string | null; email: string };

export type SessionClaims = {
  /** The user id (the token's `sub`). */
  userId: unknown;
  /** When this session signed in, in milliseconds since the epoch (the token's `authTime`). */
  authTime: unknown;
};

/** One lookup by primary key; the only query a signed-in request spends on its session. */
export async function loadSessionUser({ userId, authTime }: SessionClaims, client: Db = db()): Promise<SessionUser | null> {
  if (typeof userId !== "string" || userId === "") return null;
  const user = await client.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, sessionsValidAfter: true } });
  if (!user) return null;
  if (!sessionStillValid(authTime, user.sessionsValidAfter)) return null;
  return { id: user.id, name: user.name, email: user.email };
}

/**
 * A session counts from the moment it signed in. Sessions from before `sessionsValidAfter` are over, and so are
 * sessions that cannot say when they began (tokens from before this rule) once the user has signed out everywhere.
 */
export function sessionStillValid(authTime: unknown, sessionsValidAfter: Date | null): boolean {
  if (!sessionsValidAfter) return true;
  return typeof authTime === "number" && Number.isFinite(authTime) && authTime >= sessionsValidAfter.getTime();
}
