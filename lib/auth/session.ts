/**
 * The signed-in user of the current request: the session cookie, decrypted with NextAuth's own `getToken`, and the
 * user read from the database for this request (null when the account is gone or signed out everywhere since).
 *
 * Not `getServerSession`: that runs NextAuth's whole session endpoint for every call (the callbacks, a new CSRF token
 * and a freshly encrypted cookie that a page or server action cannot even send), several times the work of reading
 * the cookie, on every write. The checks are the same ones the jwt callback makes (`loadSessionUser`), and the
 * cookie name follows `useSecureCookies` in lib/auth/options.ts.
 */
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { loadSessionUser, type SessionClaims, type SessionUser } from "./load-session-user";

export type { SessionUser };

export async function currentUser(): Promise<SessionUser | null> {
  const session = await currentSession();
  if (!session) return null;
  try {
    return await loadSessionUser(session);
  } catch (error) {
    // Not "signed out": a database hiccup must not look like an ended session.
    throw new Error("The session could not be checked against the database.", { cause: error });
  }
}

/**
 * What the session cookie says (who, and since when), without asking the database whether it still holds. Only for
 * callers that make that check themselves in a query they need anyway (`authorize` folds it into authorization).
 */
export async function currentSession(): Promise<SessionClaims | null> {
  const e = env();
  const jar = await cookies();
  const token = await getToken({
    // Only the cookies: a session never comes from an Authorization header here (that is the API's access tokens).
    req: { cookies: Object.fromEntries(jar.getAll().map((cookie) => [cookie.name, cookie.value])), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: e.AUTH_SECRET ?? e.NEXTAUTH_SECRET,
    secureCookie: (e.NEXTAUTH_URL ?? "").startsWith("https://"),
  });
  return token ? { userId: token.sub, authTime: token.authTime } : null;
}
