/**
 * Prisma's schema engine (Wasm build) driven from plain Node, for the migration tooling and its tests; the CLI's
 * `migrate dev`/`migrate diff` cannot run here because they need a native engine download. See the files for why.
 */
export { createMigration, type NewMigration } from "./create-migration";
export { diffDatabaseToSchema } from "./diff-database-to-schema";
export { diffMigrationsToSchema } from "./diff-migrations-to-schema";
export { ensureMigrationLock, MIGRATION_LOCK_CONTENT } from "./ensure-migration-lock";
export { lastSchemaEnginePanic } from "./load-schema-engine";
export { migrationName } from "./migration-name";
export { SchemaEngineError } from "./with-schema-engine";
export { writeMigration } from "./write-migration";
