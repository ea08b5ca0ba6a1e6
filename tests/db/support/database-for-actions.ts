/**
 * A fresh test database that the app's own `db()` uses, for tests that call server actions or route handlers (they
 * reach the database through db(), which connects lazily to DATABASE_URL). Call once at the top of a test file;
 * the returned function gives the database once `beforeAll` has run.
 */
import { db } from "@/lib/db/client";
import { liveHub } from "@/lib/live/hub";
import { createTestDatabase, type TestDatabase } from "./test-database";

export function setUpDatabaseForActions(): () => TestDatabase {
  let t: TestDatabase | undefined;
  const previous = process.env.DATABASE_URL;
  beforeAll(async () => {
    t = await createTestDatabase();
    process.env.DATABASE_URL = t.url;
  });
  afterAll(async () => {
    await liveHub().close();
    await db().$disconnect();
    await t?.drop();
    // Assigning undefined would store the string "undefined".
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  });
  return () => {
    if (!t) throw new Error("The test database exists only once beforeAll has run.");
    return t;
  };
}
