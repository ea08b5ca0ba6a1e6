/**
 * The database Factdesk runs on: the server named by DATABASE_URL, or the embedded one in the data folder.
 * Either way, pending migrations are applied before anything else touches it.
 */
import path from "node:path";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { checkConnection } from "@/lib/db/check-connection";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function prepareDatabase(options: {
  root: string;
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  embeddedPassword: string;
  log: (line: string) => void;
}): Promise<PreparedDatabase> {
  let prepared: PreparedDatabase;
  if (options.databaseUrl) {
    const { version } = await checkConnection(options.databaseUrl);
    options.log(`Using the PostgreSQL ${version} server from DATABASE_URL.`);
    prepared = { url: options.databaseUrl, embedded: false, stop: async () => {} };
  } else {
    const server = await startEmbeddedPostgres({
      clusterDir: path.join(options.dataDir, "postgres"),
      port: options.embeddedPort,
      password: options.embeddedPassword,
      database: "factdesk",
      onNotice: options.log,
    });
    options.log(`Embedded PostgreSQL is running on 127.0.0.1:${server.port} (data in ${path.relative(options.root, options.dataDir) || "."}/postgres).`);
    prepared = { url: server.url, embedded: true, stop: server.stop };
  }
  try {
    const { applied } = await applyMigrations(prepared.url, path.join(options.root, "prisma", "migrations"));
    if (applied.length > 0) options.log(`Applied ${applied.length} database migration(s): ${applied.join(", ")}.`);
  } catch (error) {
    await prepared.stop();
    throw error;
  }
  return prepared;
}
