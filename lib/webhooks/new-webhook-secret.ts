import { randomBytes } from "node:crypto";

/**
 * A fresh signing secret. Stored as it is, not hashed: signing each delivery needs the secret itself. The prefix lets
 * people (and secret scanners) recognise one in a config file.
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}
