import { createHash, randomBytes } from "node:crypto";

/** Every token starts with this, so secret scanners and people can recognise a leaked Factdesk token. */
export const TOKEN_PREFIX = "fdk_";

/** A new secret: the prefix and 32 random bytes. Returned to its owner once; only `hashToken` of it is stored. */
export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** SHA-256 is enough here: the secret is 256 random bits, so there is nothing to brute-force that a slow hash would protect. */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What the token list shows to tell tokens apart: the prefix and the first characters of the random part. */
export function visiblePrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 6);
}
