/** A private database for one test file, copied from the migrated template, dropped afterwards. */
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { createPrismaClient, type Db } from "@/lib/db/client";

export type TestDatabase = { db: Db; url: string; drop: () => Promise<void> };

function adminUrl(): string {
  const url = process.env.FACTDESK_TEST_ADMIN_URL;
  if (!url) throw new Error("The database tier's global setup did not run (run the tests with `npm run test:db`).");
  return url;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `factdesk_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.FACTDESK_TEST_TEMPLATE}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const db = createPrismaClient(url.toString());
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.$disconnect();
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
