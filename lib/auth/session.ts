/**
 * The signed-in user of the current request. NextAuth's jwt callback (lib/auth/options.ts) loads the user from the
 * database for every session lookup and ends sessions of deleted users and sessions that began before the user's
 * last "sign out everywhere"; what reaches here was read for this request.
 */
import { getServerSession } from "next-auth";
import { authOptions, SESSION_LOOKUP_FAILED } from "./options";
import type { SessionUser } from "./load-session-user";

export type { SessionUser };

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  if (session && SESSION_LOOKUP_FAILED in session) throw new Error("The session could not be checked against the database.");
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !user.email) return null;
  return { id: user.id, name: user.name ?? null, email: user.email };
}
