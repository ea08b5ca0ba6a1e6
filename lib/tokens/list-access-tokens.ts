import { db, type Db } from "@/lib/db/client";

export type AccessTokenView = Awaited<ReturnType<typeof listAccessTokens>>[number];

export type TokenState = "active" | "revoked" | "expired";

/** A user's tokens, newest first, for the settings page, each with its state now. Never includes the secret or its hash. */
export async function listAccessTokens(options: { userId: string; now?: Date }, client: Db = db()) {
  const now = options.now ?? new Date();
  const tokens = await client.accessToken.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
      team: { select: { id: true, name: true } },
    },
  });
  return tokens.map((token) => ({
    ...token,
    state: (token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt <= now ? "expired" : "active") as TokenState,
  }));
}
