/**
 * What `npm run db:backup` and `npm run db:restore` share: finding pg_dump/pg_restore new enough for the server,
 * passing credentials without showing them in the process list, recognising a dump, and reaching the database
 * (DATABASE_URL, the embedded server already running, or the embedded server started for the occasion).
 */
import { execFile, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { dataDir } from "@/lib/config/data-dir";
import { loadOrCreateSecrets } from "@/lib/config/secrets";
import { env } from "@/lib/env";
import { checkConnection, describeUrl } from "./check-connection";
import { isAlive } from "./stale-server";

const run = promisify(execFile);

export class BackupError extends Error {}

export type PostgresTool = { name: "pg_dump" | "pg_restore"; path: string; version: string; major: number };

/** Runs `<tool> --version` and reads "pg_dump (PostgreSQL) 18.6 (...)"; null when it is missing or not PostgreSQL's. */
export async function readToolVersion(toolPath: string): Promise<{ version: string; major: number } | null> {
  try {
    const { stdout } = await run(toolPath, ["--version"], { timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+((\d+)[.\w]*)/.exec(stdout);
    return match ? { version: match[1], major: Number(match[2]) } : null;
  } catch {
    return null;
  }
}

/** Folders that may hold the client programs, most specific first: an explicit choice, PATH, then PostgreSQL's usual places. */
async function candidateFolders(): Promise<string[]> {
  const folders: string[] = [];
  const chosen = process.env.FACTDESK_PG_BINDIR?.trim();
  if (chosen) folders.push(chosen);
  folders.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  try {
    folders.push((await run("pg_config", ["--bindir"], { timeout: 10_000 })).stdout.trim());
  } catch {
    // no pg_config: the remaining places are still worth a look
  }
  // Debian and Ubuntu install each major version side by side here; the newest is the likeliest to fit.
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    const majors = readdirSync(debianRoot).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    folders.push(...majors.map((major) => path.join(debianRoot, major, "bin")));
  }
  // Where .ci/install-pg-client.sh builds the client from Debian's source package.
  if (existsSync("/opt")) {
    const built = readdirSync("/opt").filter((name) => /^postgresql-client-\d+$/.test(name)).sort().reverse();
    folders.push(...built.map((name) => path.join("/opt", name, "bin")));
  }
  return [...new Set(folders.map((folder) => path.resolve(folder)))];
}

/**
 * The first pg_dump or pg_restore whose major version is at least the server's: older ones refuse a newer server
 * (pg_dump) or cannot read what it dumped (pg_restore). Throws a message saying what was found and what to install.
 */
export async function findPostgresTool(name: PostgresTool["name"], serverMajor: number): Promise<PostgresTool> {
  const seen: string[] = [];
  const tried = new Set<string>();
  for (const folder of await candidateFolders()) {
    const toolPath = path.join(folder, name);
    if (!existsSync(toolPath)) continue;
    // /bin and /usr/bin are often one folder, and Debian links several names to one wrapper: try each program once.
    const real = realpathSync(toolPath);
    if (tried.has(real)) continue;
    tried.add(real);
    const found = await readToolVersion(toolPath);
    if (!found) continue;
    if (found.major >= serverMajor) return { name, path: toolPath, ...found };
    seen.push(`${toolPath} is ${found.version}`);
  }
  const chosen = process.env.FACTDESK_PG_BINDIR?.trim();
  const where = `${chosen ? `FACTDESK_PG_BINDIR (${chosen}), ` : ""}PATH, pg_config --bindir, /usr/lib/postgresql/*/bin and /opt/postgresql-client-*/bin`;
  const looked = seen.length > 0 ? `Searched ${where}; found only: ${seen.join("; ")}.` : `None was found in ${where}.`;
  throw new BackupError(
    `${name} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server. ${looked} ` +
      `Install the PostgreSQL ${serverMajor} client programs (Debian/Ubuntu: postgresql-client-${serverMajor}, from the PostgreSQL project's apt repository where the distribution lacks it; macOS: brew install postgresql@${serverMajor}), ` +
      `or run "bash .ci/install-pg-client.sh" (as root, on Debian: builds them from Debian's source package into /opt), ` +
      `or set FACTDESK_PG_BINDIR to a folder holding pg_dump and pg_restore ${serverMajor} or newer.`,
  );
}

/** The server's major version, with checkConnection's readable message when it cannot be reached. */
export async function serverMajorVersion(databaseUrl: string): Promise<number> {
  const { version } = await checkConnection(databaseUrl);
  return Number.parseInt(version, 10);
}

/**
 * libpq environment for a database URL. The password travels in PGPASSWORD, never on the command line where any
 * user could read it with `ps`; inherited PG* variables are dropped so they cannot redirect the tool elsewhere.
 */
export function connectionEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const connection: Record<string, string> = {
    PGHOST: url.searchParams.get("host") ?? url.hostname.replace(/^\[(.*)\]$/, "$1"),
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
  };
  const sslmode = url.searchParams.get("sslmode");
  if (sslmode) connection.PGSSLMODE = sslmode;
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(childEnv)) if (key.startsWith("PG")) delete childEnv[key];
  return Object.assign(childEnv, connection);
}

/** Runs a client program against the database; rejects with its own error lines when it fails. */
export function runPostgresTool(tool: PostgresTool, args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env: connectionEnv(databaseUrl), stdio: ["ignore", "inherit", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on("error", (error) => reject(new BackupError(`Could not run ${tool.path}: ${error.message}`)));
    // "close", not "exit": only then has all of stderr been read.
    child.on("close", (code, signal) => {
      if (code === 0) {
        if (errors.trim()) console.warn(errors.trim());
        return resolve();
      }
      const why = errors.trim() || (signal ? `stopped by ${signal}` : `exit code ${code}`);
      reject(new BackupError(`${tool.name} failed: ${why}`));
    });
  });
}

/** Throws unless the file exists and starts with "PGDMP", the signature of pg_dump's custom format (-Fc). */
export function assertCustomFormatDump(file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`No backup file at ${file}.`);
  const head = Buffer.alloc(5);
  const fd = openSync(file, "r");
  const read = readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (read < 5 || head.toString("latin1") !== "PGDMP") {
    throw new BackupError(
      `${file} is not a custom-format PostgreSQL dump (it does not start with "PGDMP"). ` +
        "Restore only files made by `npm run db:backup` or `pg_dump -Fc`.",
    );
  }
}

/** Tables that hold at least one row, ignoring Prisma's migration history (present even in an empty, migrated database). */
export async function tablesHoldingData(databaseUrl: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
         AND c.relname <> '_prisma_migrations' ORDER BY 1, 2`,
    );
    const holding: string[] = [];
    for (const { schema, name } of tables.rows) {
      const table = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
      const found = await client.query(`SELECT 1 FROM ${table} LIMIT 1`);
      if (found.rowCount) holding.push(schema === "public" ? name : `${schema}.${name}`);
    }
    return holding;
  } finally {
    await client.end();
  }
}

export type OpenedDatabase = { url: string; where: string; stop: () => Promise<void> };

/**
 * The database the app uses: DATABASE_URL when set; otherwise the embedded one, reused when `npm start` (or a crashed
 * run) already has it up, else started here and stopped by `stop()`. `createIfMissing` lets a restore fill a new machine.
 */
export async function openAppDatabase(options: { createIfMissing: boolean; log: (line: string) => void }): Promise<OpenedDatabase> {
  const config = env();
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, where: describeUrl(config.DATABASE_URL), stop: async () => {} };

  const folder = dataDir();
  const clusterDir = path.join(folder, "postgres");
  if (!options.createIfMissing && !existsSync(path.join(clusterDir, "PG_VERSION"))) {
    throw new BackupError(`There is no embedded database in ${clusterDir} yet, so there is nothing to back up. Set DATABASE_URL to back up another server.`);
  }
  const { databasePassword } = loadOrCreateSecrets(folder);
  const running = runningServerPort(clusterDir);
  if (running !== null) {
    const url = embeddedUrl(databasePassword, running);
    try {
      await checkConnection(url, 3000);
      options.log(`Using the embedded database already running on 127.0.0.1:${running}.`);
      return { url, where: describeUrl(url), stop: async () => {} };
    } catch {
      // Not a server we can use (a stale pid file whose number was reused): starting cleans that up.
    }
  }
  // Loaded only here: the launcher's package registers exit hooks when imported and cannot load in Jest's sandbox,
  // where the rest of this file is tested.
  const { startEmbeddedPostgres } = await import("./embedded-postgres");
  const server = await startEmbeddedPostgres({
    clusterDir,
    port: config.FACTDESK_DB_PORT,
    password: databasePassword,
    database: "factdesk",
    onNotice: options.log,
  });
  options.log(`Started the embedded database on 127.0.0.1:${server.port}; it stops when this command ends.`);
  return { url: server.url, where: describeUrl(server.url), stop: server.stop };
}

function embeddedUrl(password: string, port: number): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/factdesk`;
}

/** The port in postmaster.pid (its fourth line) when the process it names is alive; null otherwise. */
function runningServerPort(clusterDir: string): number | null {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port) ? port : null;
}
