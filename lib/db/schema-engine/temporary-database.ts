/**
 * A throw-away database beside the one in `databaseUrl` (same server, same credentials): the engine's shadow
 * databases and the scratch database `createMigration` works in. `drop()` uses `WITH (FORCE)`, so a connection
 * left open cannot keep it alive.
 */
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { pgConfigFromUrl, type PgConnectionFields } from "./pg-config-from-url";

export type TemporaryDatabase = { name: string; url: string; drop: () => Promise<void> };

export async function createTemporaryDatabase(databaseUrl: string, prefix: string): Promise<TemporaryDatabase> {
  const fields = pgConfigFromUrl(databaseUrl);
  const name = `${prefix}_${randomBytes(8).toString("hex")}`;
  try {
    await runBeside(fields, `CREATE DATABASE "${name}"`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not create a temporary database on ${fields.host}:${fields.port} (as ${fields.user}): ${reason}`);
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => runBeside(fields, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** One statement on a short-lived connection to the existing database (CREATE/DROP DATABASE cannot run in a transaction). */
async function runBeside(fields: PgConnectionFields, sql: string): Promise<void> {
  const client = new Client(fields);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
