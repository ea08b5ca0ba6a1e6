/**
 * Runs `work` with a fresh schema engine connected to `databaseUrl` (which is also where shadow databases are
 * created), then frees the engine and closes every connection, whatever happened.
 */
import { createMigrationAdapterFactory } from "./migration-adapter-factory";
import { discardSchemaEngine, loadSchemaEngine } from "./load-schema-engine";
import { schemaEngineErrorMessage } from "./schema-engine-error";
import type { SchemaEngineInstance } from "./types";

/** Set FACTDESK_SCHEMA_ENGINE_DEBUG=1 to see the engine's own log lines on stderr. */
const debug = process.env.FACTDESK_SCHEMA_ENGINE_DEBUG ? (line: string) => process.stderr.write(`${line}\n`) : () => {};

export class SchemaEngineError extends Error {}

export async function withSchemaEngine<T>(databaseUrl: string, work: (engine: SchemaEngineInstance) => Promise<T>): Promise<T> {
  const glue = await loadSchemaEngine();
  const { factory, cleanup } = createMigrationAdapterFactory(databaseUrl);
  let engine: SchemaEngineInstance | undefined;
  try {
    engine = await glue.SchemaEngine.new({ datamodels: undefined }, debug, factory);
    return await work(engine);
  } catch (error) {
    if (error instanceof Error && error.name === "RuntimeError") {
      discardSchemaEngine(); // a Rust panic: this Wasm instance is unusable from now on
      engine = undefined;
    }
    throw new SchemaEngineError(schemaEngineErrorMessage(error, factory.errorRegistry));
  } finally {
    engine?.free();
    await cleanup();
  }
}
