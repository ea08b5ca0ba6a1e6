/**
 * npm run db:migrate -- <name>
 *
 * Writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql: the SQL that brings a database at the state of
 * the existing migrations to prisma/schema.prisma, as `prisma migrate dev --create-only --name <name>` would write
 * it (that CLI command needs a native engine download, impossible here; lib/db/schema-engine drives the same engine
 * compiled to Wasm). Also creates prisma/migrations/migration_lock.toml when missing.
 *
 * The engine needs a PostgreSQL server to replay the migrations in: the one of DATABASE_URL when set (only
 * temporary databases are created beside it; its own database is not modified), otherwise a temporary embedded
 * server in .data/migrate-scratch/, removed afterwards. Nothing is applied to any database you use.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { dataDir } from "@/lib/config/data-dir";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { findFreePort } from "@/lib/db/port-check";
import { createMigration, ensureMigrationLock, lastSchemaEnginePanic, migrationName, writeMigration } from "@/lib/db/schema-engine";

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
const MIGRATIONS = path.join(ROOT, "prisma", "migrations");
const USAGE = `Usage: npm run db:migrate -- <name>
Writes prisma/migrations/<timestamp>_<name>/migration.sql for the changes in prisma/schema.prisma
(as \`prisma migrate dev --create-only --name <name>\` would). Example: npm run db:migrate -- add claim priority`;

/** Undone on every exit path, including Ctrl-C: the embedded server is a child process and must not be orphaned. */
let release: () => Promise<void> = async () => {};

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("-h") || args.includes("--help")) return usage(0);
  const name = migrationName(args.join(" "));
  if (args.some((arg) => arg.startsWith("-")) || !name) return usage(1);

  if (ensureMigrationLock(MIGRATIONS)) console.log("Created prisma/migrations/migration_lock.toml");

  const serverUrl = await scratchServer();
  const migration = await createMigration({ serverUrl, schemaPath: SCHEMA, migrationsDir: MIGRATIONS, name });
  if (!migration) {
    console.log("No schema changes: nothing to write.");
    return 0;
  }
  const file = writeMigration(MIGRATIONS, migration);
  console.log(`Created ${path.relative(ROOT, file)}`);
  const warnings = /^\/\*\n {2}Warnings:\n\n([\s\S]*?)\n\*\//.exec(migration.sql)?.[1];
  if (warnings) console.log(`Review it before applying; the engine warns:\n${warnings.trimEnd()}`);
  return 0;
}

/**
 * DATABASE_URL's server, or a throw-away embedded PostgreSQL in a folder of its own (so concurrent runs never
 * collide); `release` is kept current so that an interruption at any point removes what exists so far.
 */
async function scratchServer(): Promise<string> {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (databaseUrl) return databaseUrl;

  const parent = path.join(dataDir(), "migrate-scratch");
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(path.join(parent, "run-"));
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  release = async () => removeFolder();
  const server = await startEmbeddedPostgres({
    clusterDir: folder,
    port: await findFreePort(),
    password: randomBytes(12).toString("hex"),
    database: "postgres",
  });
  release = async () => {
    await server.stop().catch(() => {});
    removeFolder();
  };
  return server.url;
}

function usage(code: number): number {
  (code === 0 ? console.log : console.error)(USAGE);
  return code;
}

let finishing = false;

/** Runs once, whoever comes first (normal end, error, signal): later calls are echoes of the same shutdown. */
async function finish(code: number, message?: string): Promise<void> {
  if (finishing) return;
  finishing = true;
  if (message) console.error(`db:migrate: ${message.trim().replace(/\s*\n\s*/g, " ")}`);
  await release().catch(() => {});
  process.exit(code); // idle pg pools would otherwise keep Node alive
}

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) process.on(signal, () => void finish(code, `interrupted (${signal})`));
// A Rust panic inside the engine can surface outside any promise chain; report it instead of a Wasm stack trace.
process.on("uncaughtException", (error) => void finish(1, lastSchemaEnginePanic() || error.message));

main().then(
  (code) => finish(code),
  (error: unknown) => finish(1, error instanceof Error ? error.message : String(error)),
);
