/**
 * Who is "signed in" for one call of the authorization matrix. The real `currentUser` reads the NextAuth session from
 * the request's cookies, and outside a Next.js server there is no request; the matrix replaces that module with this
 * one. An AsyncLocalStorage rather than a plain variable, so cells can run in parallel, each with its own caller.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { SessionClaims } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session";

const caller = new AsyncLocalStorage<SessionUser | null>();

/** Runs `call` as `user` (null: nobody is signed in). */
export function callAs<T>(user: SessionUser | null, call: () => Promise<T>): Promise<T> {
  return caller.run(user, call);
}

/** Stands in for `@/lib/auth/session`: the caller of the cell being run. */
export const sessionModule = {
  currentUser: async (): Promise<SessionUser | null> => caller.getStore() ?? null,
  // A session that signed in just now: the matrix is about teams and roles, not about ended sessions.
  currentSession: async (): Promise<SessionClaims | null> => {
    const user = caller.getStore();
    return user ? { userId: user.id, authTime: Date.now() } : null;
  },
};
