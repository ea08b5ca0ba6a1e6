/**
 * Reads `prisma/migrations` into the `MigrationList` the engine expects (the Wasm engine has no file system:
 * the caller loads every file), the way the Prisma CLI does: each sub-folder is a migration whose script is
 * `migration.sql`, plus the `migration_lock.toml` that names the provider.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList } from "./types";

export const MIGRATION_LOCK_FILE = "migration_lock.toml";

export function readMigrationsList(migrationsDir: string): MigrationList {
  const baseDir = path.resolve(migrationsDir);
  const lockPath = path.join(baseDir, MIGRATION_LOCK_FILE);
  const folders = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort() // same order as lib/db/apply-migrations.ts (and the CLI, for timestamped names)
    : [];
  return {
    baseDir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((name) => {
      const file = path.join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} does not exist` },
        },
      };
    }),
  };
}
