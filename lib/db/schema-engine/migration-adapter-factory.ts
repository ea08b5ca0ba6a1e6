/**
 * The driver adapter the schema engine talks to PostgreSQL through: `@prisma/adapter-pg`, made migration-aware
 * with `bindMigrationAwareSqlAdapterFactory`. The factory is ours rather than `PrismaPg`'s own because, in 7.10,
 * PrismaPg's shadow-database support (a) uses the main database as the "shadow" when configured with a connection
 * string, and (b) drops the shadow database while its pool still holds connections, which fails. Here the shadow
 * database is created beside the main one and dropped `WITH (FORCE)` once its pool has closed.
 * Two more fixes: `"char"` columns (see ./char-columns.ts), and scripts are sent whole (see executeWholeScript).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { Pool } from "pg";
import { decodeCharColumnsAsText, restoreCharColumnTypes } from "./char-columns";
import { pgConfigFromUrl, type PgConnectionFields } from "./pg-config-from-url";
import { createTemporaryDatabase } from "./temporary-database";

export type MigrationAdapterFactory = {
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Closes every adapter the engine left open (dropping their shadow databases); call after freeing the engine. */
  cleanup: () => Promise<void>;
};

export function createMigrationAdapterFactory(databaseUrl: string): MigrationAdapterFactory {
  const main = pgConfigFromUrl(databaseUrl);
  const open = new Set<() => Promise<void>>();

  // Every adapter gets its own pool, which closing the adapter ends exactly once (the engine may close it too).
  async function connectTo(fields: PgConnectionFields, afterClose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const pool = decodeCharColumnsAsText(new Pool({ ...fields, max: 4 }));
    const adapter = restoreCharColumnTypes(await new PrismaPg(pool, { disposeExternalPool: true }).connect());
    const dispose = adapter.dispose.bind(adapter);
    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= (async () => {
        open.delete(close);
        try {
          await dispose();
        } finally {
          await afterClose?.();
        }
      })();
      return closing;
    };
    open.add(close);
    return Object.assign(adapter, { dispose: close, executeScript: (script: string) => executeWholeScript(pool, script) });
  }

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(main),
    connectToShadowDb: async () => {
      const shadow = await createTemporaryDatabase(databaseUrl, "prisma_migrate_shadow_db");
      try {
        return await connectTo({ ...main, database: shadow.name }, shadow.drop);
      } catch (error) {
        await shadow.drop().catch(() => {});
        throw error;
      }
    },
  };

  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    cleanup: async () => {
      await Promise.allSettled([...open].map((close) => close()));
    },
  };
}

/**
 * adapter-pg's `executeScript` splits the script at every ";", breaking string literals and function bodies that
 * contain one. The engine replays migration files through it, so send the script as one simple-protocol query
 * instead: Postgres runs multi-statement scripts natively (as the native engine does).
 */
async function executeWholeScript(pool: Pool, script: string): Promise<void> {
  try {
    await pool.query(script);
  } catch (error) {
    // Give database errors the shape adapter-pg gives them, so the engine reports them as database errors.
    const e = error as { code?: unknown; severity?: unknown; message?: unknown; detail?: string; column?: string; hint?: string };
    if (typeof e.code === "string" && typeof e.severity === "string" && typeof e.message === "string") {
      const { detail, column, hint } = e;
      throw new DriverAdapterError({ kind: "postgres", code: e.code, severity: e.severity, message: e.message, detail, column, hint });
    }
    throw error;
  }
}
