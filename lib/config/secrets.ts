/**
 * Secrets generated on first run and kept in the data folder, so a fresh clone needs no configuration and
 * nothing secret is ever committed.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

export type LocalSecrets = { authSecret: string; databasePassword: string };

export function loadOrCreateSecrets(dir: string): LocalSecrets {
  const file = path.join(dir, "secrets.json");
  let stored: Partial<LocalSecrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8")) as Partial<LocalSecrets>;
  const secrets: LocalSecrets = {
    authSecret: stored.authSecret ?? randomBytes(32).toString("base64url"),
    databasePassword: stored.databasePassword ?? randomBytes(18).toString("base64url"),
  };
  if (secrets.authSecret !== stored.authSecret || secrets.databasePassword !== stored.databasePassword) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  }
  return secrets;
}
