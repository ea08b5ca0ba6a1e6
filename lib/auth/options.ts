/**
 * NextAuth (v4) configuration: e-mail and password always; GitHub, Google and a generic OpenID Connect provider
 * only when their environment variables are set. Sessions are JWTs (required with credentials sign-in).
 *
 * Session cookies: NextAuth's defaults, checked in next-auth/core/lib/cookie.js: httpOnly, SameSite=Lax, path /, and
 * Secure with the `__Secure-` (session) and `__Host-` (CSRF token) prefixes when the site is served over https.
 * `useSecureCookies` is set from NEXTAUTH_URL explicitly so the route handler and getServerSession always agree.
 */
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createPersonalTeam } from "@/lib/teams/create-personal-team";
import { clientAddress } from "./client-address";
import { loadSessionUser, type SessionUser } from "./load-session-user";
import { signInWithPassword } from "./sign-in-with-password";

function oauthProviders(): Provider[] {
  const e = env();
  const providers: Provider[] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  if (e.GOOGLE_ID && e.GOOGLE_SECRET) providers.push(GoogleProvider({ clientId: e.GOOGLE_ID, clientSecret: e.GOOGLE_SECRET }));
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: e.OIDC_NAME ?? "Single sign-on",
      type: "oauth",
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      idToken: true,
      authorization: { params: { scope: "openid email profile" } },
      profile: (profile: { sub: string; name?: string; email?: string }) => ({
        id: profile.sub,
        name: profile.name ?? null,
        email: profile.email ?? null,
      }),
    });
  }
  return providers;
}

/** The names of the OAuth providers switched on, for the sign-in page. */
export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}

/** Thrown by the jwt callback for a session that must end; NextAuth then clears the cookie, and nothing is logged. */
class SessionEndedError extends Error {
  constructor() {
    super("The session ended: the account is gone, or it signed out everywhere after this session began.");
    this.name = "SessionEndedError";
  }
}

// The user the jwt callback loaded for this very request, handed to the session callback (same token object) without
// being written into the cookie; or the error that kept it from loading.
const loadedUsers = new WeakMap<object, SessionUser | Error>();

/** Set on the session endpoint's answer when the database could not be asked, rather than reporting "signed out". */
export const SESSION_LOOKUP_FAILED = "lookupFailed";

export function authOptions(): NextAuthOptions {
  const e = env();
  const oauth = oauthProviders();
  return {
    secret: e.AUTH_SECRET ?? e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    useSecureCookies: (e.NEXTAUTH_URL ?? "").startsWith("https://"),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // The adapter only matters for OAuth, where it links provider accounts to users.
    adapter: oauth.length > 0 ? PrismaAdapter(db()) : undefined,
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: async (credentials, request) =>
          signInWithPassword({ email: credentials?.email, password: credentials?.password, address: clientAddress(request?.headers) }),
      }),
      ...oauth,
    ],
    callbacks: {
      jwt: async ({ token, user }) => {
        if (user) {
          // Signing in. `iat` cannot say when: NextAuth re-stamps it each time it re-issues the cookie.
          token.sub = user.id;
          token.authTime = Date.now();
          return token;
        }
        let loaded: SessionUser | null;
        try {
          loaded = await loadSessionUser({ userId: token.sub, authTime: token.authTime });
        } catch (error) {
          // A database hiccup is not a reason to sign anyone out (throwing here would clear the cookie).
          console.error("[factdesk] the session lookup failed", error);
          loadedUsers.set(token, error instanceof Error ? error : new Error(String(error)));
          return token;
        }
        if (!loaded) throw new SessionEndedError();
        loadedUsers.set(token, loaded);
        return token;
      },
      session: async ({ session, token }) => {
        // Only what the database said for this request; never names or addresses remembered in the token.
        const loaded = loadedUsers.get(token);
        if (loaded instanceof Error) return { ...session, user: undefined, [SESSION_LOOKUP_FAILED]: true };
        session.user = loaded;
        return session;
      },
    },
    logger: {
      error: (code, metadata) => {
        if (metadata instanceof Error && metadata.name === "SessionEndedError") return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    events: {
      // An OAuth sign-up gets its own team, like an e-mail sign-up.
      createUser: async ({ user }) => {
        await createPersonalTeam({ userId: user.id, name: user.name ?? user.email ?? "My" });
      },
    },
  };
}
