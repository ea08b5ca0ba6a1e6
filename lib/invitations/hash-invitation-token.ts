import { createHash } from "node:crypto";

/** SHA-256 (hex) of an invitation link's secret: the only form of it the database ever sees. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
