/**
 * Database tier setup: one real PostgreSQL for the whole run (the embedded one, in a fresh folder, unless
 * FACTDESK_TEST_DATABASE_URL names a server), with a template database migrated once. Each test file then gets
 * its own database copied from the template, which takes milliseconds.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { applyMigrations } from "../../lib/db/apply-migrations";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded-postgres";
import { findFreePort } from "../../lib/db/port-check";

export const TEMPLATE_DATABASE = "factdesk_test_template";

declare global {
  var __factdeskTestServer: { server?: EmbeddedServer; folder?: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, "../..");
  let adminUrl = process.env.FACTDESK_TEST_DATABASE_URL;
  if (!adminUrl) {
    const folder = path.join(root, ".test-data", `db-${process.pid}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const server = await startEmbeddedPostgres({
      clusterDir: path.join(folder, "cluster"),
      port: await findFreePort(),
      password: "factdesk-test",
      database: "postgres",
    });
    globalThis.__factdeskTestServer = { server, folder };
    adminUrl = server.url;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await applyMigrations(templateUrl.toString(), path.join(root, "prisma", "migrations"));
  process.env.FACTDESK_TEST_ADMIN_URL = adminUrl;
  process.env.FACTDESK_TEST_TEMPLATE = TEMPLATE_DATABASE;
}
