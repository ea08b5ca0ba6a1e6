/**
 * The next migration, computed the way `prisma migrate dev --create-only` computes it, so the result (folder name
 * and script, including the engine's `-- CreateTable` section headers and its `Warnings:` block for destructive
 * changes) is what the CLI would write. Returns null when the schema needs no migration.
 *
 * The engine's `createMigration` cannot open a shadow database in the Wasm build; it relies on the description of
 * the migrations that `devDiagnostic` computed (and cached) just before, which is why the CLI's sequence is
 * followed: apply the migrations, `devDiagnostic`, then `createMigration`. The "dev database" of that sequence is
 * a scratch database created beside `serverUrl` and dropped afterwards: the developer's data is never touched.
 */
import { createTemporaryDatabase } from "./temporary-database";
import { readMigrationsList } from "./read-migrations-list";
import { readSchemaFiles } from "./read-schema-files";
import { NO_EXTERNAL_ENTITIES as filters } from "./types";
import { withSchemaEngine } from "./with-schema-engine";

export type NewMigration = { folderName: string; sql: string };

export async function createMigration(options: {
  /** Any database on a server where temporary databases may be created. */
  serverUrl: string;
  schemaPath: string;
  migrationsDir: string;
  /** Already in the CLI's form (see migrationName). */
  name: string;
}): Promise<NewMigration | null> {
  const scratch = await createTemporaryDatabase(options.serverUrl, "factdesk_migrate_scratch");
  try {
    return await withSchemaEngine(scratch.url, async (engine) => {
      const migrationsList = readMigrationsList(options.migrationsDir);
      await engine.applyMigrations({ migrationsList, filters });
      const { action } = await engine.devDiagnostic({ migrationsList, filters });
      if (action.tag === "reset") throw new Error(`The existing migrations do not replay cleanly: ${action.reason}`);
      const created = await engine.createMigration({
        draft: false,
        migrationName: options.name,
        migrationsList,
        schema: { files: readSchemaFiles(options.schemaPath) },
        filters,
      });
      return created.migrationScript === null ? null : { folderName: created.generatedMigrationName, sql: created.migrationScript };
    });
  } finally {
    await scratch.drop();
  }
}
