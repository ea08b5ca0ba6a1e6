/**
 * The SQL that brings a database at the state of the migrations folder to the state of the Prisma schema; ""
 * when the migrations are up to date. This is the drift check: a non-empty result means someone edited
 * schema.prisma without running `npm run db:migrate`. The engine replays the migrations in a shadow database
 * created (and dropped) beside `databaseUrl`; that database itself is not modified.
 */
import { readMigrationsList } from "./read-migrations-list";
import { readSchemaFiles } from "./read-schema-files";
import { diffScript } from "./diff-script";

export function diffMigrationsToSchema(options: { databaseUrl: string; schemaPath: string; migrationsDir: string }): Promise<string> {
  return diffScript(
    options.databaseUrl,
    { tag: "migrations", ...readMigrationsList(options.migrationsDir) },
    { tag: "schemaDatamodel", files: readSchemaFiles(options.schemaPath) },
  );
}
