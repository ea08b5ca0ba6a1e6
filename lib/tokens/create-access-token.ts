import { db, type Db } from "@/lib/db/client";
import type { TokenScope } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { hashToken, newTokenSecret, visiblePrefix } from "./token-secret";

/** A user may hold this many live tokens: enough for every tool a desk connects, few enough to review. */
export const MAX_TOKENS_PER_USER = 50;

export type CreateAccessTokenOptions = {
  userId: string;
  teamId: string;
  name: string;
  scope: TokenScope;
  /** null: the token never expires. */
  expiresAt: Date | null;
  now?: Date;
};

export type CreatedAccessToken = {
  id: string;
  name: string;
  scope: TokenScope;
  expiresAt: Date | null;
  /** The secret, returned once: only its hash is stored, so it cannot be shown again. */
  secret: string;
};

/** Issues a personal access token for one team; the caller has already checked the user belongs to that team. */
export async function createAccessToken(options: CreateAccessTokenOptions, client: Db = db()): Promise<CreatedAccessToken> {
  const now = options.now ?? new Date();
  if (options.expiresAt && options.expiresAt <= now) {
    throw new AppError("INVALID_INPUT", "The expiry date has already passed. Choose a date in the future.", { fields: { expiresAt: "Choose a date in the future." } });
  }
  const live = await client.accessToken.count({
    where: { userId: options.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
  });
  if (live >= MAX_TOKENS_PER_USER) {
    throw new AppError("CONFLICT", `You already have ${MAX_TOKENS_PER_USER} active tokens. Revoke the ones you no longer use first.`);
  }
  const secret = newTokenSecret();
  const token = await client.accessToken.create({
    data: {
      userId: options.userId,
      teamId: options.teamId,
      name: options.name,
      scope: options.scope,
      expiresAt: options.expiresAt,
      tokenHash: hashToken(secret),
      prefix: visiblePrefix(secret),
    },
    select: { id: true, name: true, scope: true, expiresAt: true },
  });
  return { ...token, secret };
}
