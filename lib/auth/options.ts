/**
 * NextAuth (v4) configuration: e-mail and password always; GitHub, Google and a generic OpenID Connect provider
 * only when their environment variables are set. Sessions are JWTs (required with credentials sign-in).
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
import { verifyCredentials } from "@/lib/users/verify-credentials";

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

export function authOptions(): NextAuthOptions {
  const e = env();
  const oauth = oauthProviders();
  return {
    secret: e.AUTH_SECRET ?? e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // The adapter only matters for OAuth, where it links provider accounts to users.
    adapter: oauth.length > 0 ? PrismaAdapter(db()) : undefined,
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: async (credentials) => verifyCredentials(credentials?.email, credentials?.password),
      }),
      ...oauth,
    ],
    callbacks: {
      jwt: async ({ token, user }) => {
        if (user) token.sub = user.id;
        return token;
      },
      session: async ({ session, token }) => {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
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
