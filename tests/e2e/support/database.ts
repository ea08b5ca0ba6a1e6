import { readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";

/**
 * A direct connection to the e2e server's embedded database, for the few things a test cannot do through the app
 * (moving a token's expiry into the past). The port is chosen by playwright.config.ts; the password is the one the
 * server generated in its data folder.
 */
export async function withE2eDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const secrets = JSON.parse(readFileSync(path.resolve(".test-data/e2e/secrets.json"), "utf8")) as { databasePassword: string };
  const client = new Client({ host: "127.0.0.1", port: Number(process.env.E2E_DB_PORT), user: "postgres", password: secrets.databasePassword, database: "factdesk" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
