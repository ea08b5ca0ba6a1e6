/**
 * The database a command works on: DATABASE_URL when set; else the embedded server of the data folder. When
 * `npm start` already runs that server, the command connects to it: starting a second one would find the folder
 * locked, and the launcher's crash recovery would stop the running server as if it were an orphan.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/config/data-dir";
import { loadOrCreateSecrets } from "@/lib/config/secrets";
import { isPortFree } from "@/lib/db/port-check";
import { isAlive } from "@/lib/db/stale-server";
import { env } from "@/lib/env";
import { prepareDatabase, type PreparedDatabase } from "../lib-database";

const root = path.resolve(__dirname, "../..");

/** Migrated and ready; `stop` stops the embedded server only if this command started it. */
export async function openDatabase(say: (line: string) => void): Promise<PreparedDatabase> {
  const config = env();
  const folder = dataDir();
  const common = { root, dataDir: folder, embeddedPort: config.FACTDESK_DB_PORT, log: say };
  // The password is needed only for the embedded server; reading it would otherwise create .data/ for nothing.
  if (config.DATABASE_URL) return prepareDatabase({ ...common, databaseUrl: config.DATABASE_URL, embeddedPassword: "" });

  const { databasePassword } = loadOrCreateSecrets(folder);
  const runningPort = await runningServerPort(path.join(folder, "postgres"));
  if (runningPort === null) return prepareDatabase({ ...common, embeddedPassword: databasePassword });

  say(`Using the embedded database already running on 127.0.0.1:${runningPort}; it is left running.`);
  const url = `postgresql://postgres:${encodeURIComponent(databasePassword)}@127.0.0.1:${runningPort}/factdesk`;
  // Through prepareDatabase as a plain URL: the same connection check and pending migrations, and a stop that
  // leaves the server alone. Its "from DATABASE_URL" line would mislead here, so that one is left out.
  const withoutUrlLine = (line: string) => {
    if (!line.includes("DATABASE_URL")) say(line);
  };
  const prepared = await prepareDatabase({ ...common, log: withoutUrlLine, databaseUrl: url, embeddedPassword: databasePassword });
  return { ...prepared, embedded: true };
}

/** How long a server that holds the folder may take to open its port (it may be starting as we look). */
const STARTING_SERVER_WAIT_MS = 5_000;

/**
 * The port of a server that holds the cluster now: postmaster.pid names a live process and its port is taken.
 * A pid file whose process is gone (or whose port stays free) is a leftover the launcher cleans up itself.
 */
async function runningServerPort(clusterDir: string): Promise<number | null> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: the server's pid on the first line, its port on the fourth.
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port) || isOrphan(pid)) return null;
  const deadline = Date.now() + STARTING_SERVER_WAIT_MS;
  while (await isPortFree(port)) {
    if (Date.now() > deadline || !isAlive(pid)) return null;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return port;
}

/**
 * Whether the server outlived the process that started it (a killed `npm start`, or a command stopped with SIGKILL):
 * the system's init then adopts it. Such a server is not used and left running; the launcher stops it and starts a
 * fresh one, as `npm start` would. Deliberately narrow, since a wrong "yes" would stop a live `npm start`'s server:
 * a node process as init (a container running Factdesk directly) or no /proc means "not an orphan".
 */
function isOrphan(pid: number): boolean {
  try {
    // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const parent = Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "", 10);
    if (parent !== 1) return false;
    const init = readFileSync("/proc/1/cmdline", "utf8").split("\0")[0] ?? "";
    return !path.basename(init).startsWith("node");
  } catch {
    return false;
  }
}
