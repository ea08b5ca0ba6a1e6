import { db, type Db } from "@/lib/db/client";
import type { TokenScope } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { hashToken, TOKEN_PREFIX } from "./token-secret";

export type TokenCaller = { userId: string; tokenId: string; teamId: string; scope: TokenScope };

/** Last use is written at most this often per token, so a busy script does not turn every read into a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

const refused = (message: string) => new AppError("UNAUTHENTICATED", message);

/**
 * Turns a bearer secret into the caller it stands for, or refuses it with a message that says what to do. Revoked,
 * expired and unknown tokens are told apart: the owner of a script needs to know which one to fix.
 */
export async function resolveAccessToken(secret: string, options: { now?: Date } = {}, client: Db = db()): Promise<TokenCaller> {
  const now = options.now ?? new Date();
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) {
    throw refused(`That is not a Factdesk access token (they start with "${TOKEN_PREFIX}"). Create one under Account → Access tokens.`);
  }
  const token = await client.accessToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: { id: true, userId: true, teamId: true, scope: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token) throw refused("This access token is not known. It may have been mistyped; create a new one under Account → Access tokens.");
  if (token.revokedAt) throw refused("This access token was revoked. Create a new one under Account → Access tokens.");
  if (token.expiresAt && token.expiresAt <= now) throw refused("This access token has expired. Create a new one under Account → Access tokens.");
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await client.accessToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { userId: token.userId, tokenId: token.id, teamId: token.teamId, scope: token.scope };
}
