/**
 * Writes `<migrationsDir>/<folderName>/migration.sql` as the CLI does (the script verbatim, UTF-8), refusing to
 * overwrite an existing folder. Returns the file's path.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { NewMigration } from "./create-migration";

export function writeMigration(migrationsDir: string, migration: NewMigration): string {
  const folder = path.join(migrationsDir, migration.folderName);
  if (existsSync(folder)) throw new Error(`The migration directory already exists at ${folder}`);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "migration.sql");
  writeFileSync(file, migration.sql, "utf8");
  return file;
}
