/**
 * Narrow types for the parts of `@prisma/schema-engine-wasm` that Factdesk uses. The package's declarations
 * describe the request/response shapes well (reused here), but its entry points are loose (`Function`, `object`,
 * untyped Wasm exports), so the surface we actually call is spelled out.
 */
import type {
  ApplyMigrationsInput,
  ApplyMigrationsOutput,
  ConstructorOptions,
  CreateMigrationInput,
  CreateMigrationOutput,
  DevDiagnosticInput,
  DevDiagnosticOutput,
  DiffParams,
  DiffResult,
  DiffTarget,
  MigrationList,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { DiffTarget, MigrationList };

/** One engine instance; it owns Wasm memory until `free()`. Methods must be called on the instance (not detached). */
export interface SchemaEngineInstance {
  diff(params: DiffParams): Promise<DiffResult>;
  applyMigrations(input: ApplyMigrationsInput): Promise<ApplyMigrationsOutput>;
  devDiagnostic(input: DevDiagnosticInput): Promise<DevDiagnosticOutput>;
  createMigration(input: CreateMigrationInput): Promise<CreateMigrationOutput>;
  free(): void;
}

/** The static side of the glue's `SchemaEngine` class. */
export interface SchemaEngineClass {
  new: (
    options: ConstructorOptions,
    log: (line: string) => void,
    adapterFactory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  ) => Promise<SchemaEngineInstance>;
}

/** What the wasm-bindgen glue exports that we call directly; its other exports are the Wasm module's imports. */
export interface SchemaEngineGlue {
  SchemaEngine: SchemaEngineClass;
  version: () => string;
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
}

/** Factdesk keeps no tables or enums outside Prisma's management (prisma.config.ts has no `tables.external`). */
export const NO_EXTERNAL_ENTITIES: SchemaFilter = { externalTables: [], externalEnums: [] };
