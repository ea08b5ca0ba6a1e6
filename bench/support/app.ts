/**
 * The app the browser and server benchmarks measure: a fresh embedded PostgreSQL in .bench-data/app, migrated, and
 * the production build served as `npm start` serves it (scripts/serve.mjs), on ports of its own so it never collides
 * with the e2e harness (3100) or `npm start` (3000). Started once per `npm run bench` process and stopped at its end, on Ctrl-C or on
 * an error, so no server or database is left behind.
 *
 * The REST API's per-token rate limit (600 a minute by default) is raised to BENCH_API_RATE_LIMIT: the write benchmark
 * sends thousands of requests a minute on purpose. The limiter still runs on every request, so its cost is measured.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { findFreePort, isPortFree } from "@/lib/db/port-check";
import { isAlive, recoverStaleServer } from "@/lib/db/stale-server";
import { build, needsBuild } from "../../scripts/lib-build";
import { prepareDatabase, type PreparedDatabase } from "../../scripts/lib-database";
import { onBenchStop } from "./stop";

export type BenchApp = {
  baseUrl: string;
  databaseUrl: string;
  /** The web server's process and the database server's, for reading the CPU they use (bench/support/process-cpu.ts). */
  serverPid: number;
  databasePid: number;
};

export const ROOT = path.resolve(__dirname, "../..");
// FACTDESK_BENCH_DIR lets a second run (say, a scratch server while profiling) use a folder of its own.
const DATA_DIR = path.resolve(ROOT, process.env.FACTDESK_BENCH_DIR ?? ".bench-data/app");
const PREFERRED_PORT = 3400;
export const BENCH_API_RATE_LIMIT = 1_000_000;
const say = (line: string) => console.log(`[bench] ${line}`);

let started: Promise<BenchApp> | null = null;
let server: ChildProcess | null = null;
let database: PreparedDatabase | null = null;

/** The running app, started on first use. */
export function benchApp(): Promise<BenchApp> {
  started ??= start();
  return started;
}

/** Builds the app when its sources changed since the last build (the same rule as `npm start`). */
export function ensureBuilt(): void {
  if (!needsBuild(ROOT)) return;
  say("Building the app (next build)...");
  build(ROOT, { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
}

async function start(): Promise<BenchApp> {
  onBenchStop(stopBenchApp);
  ensureBuilt();
  // Fresh data every run, so every run measures the same rows. An orphan from a killed run is stopped first.
  await takeDataDir(path.join(DATA_DIR, "postgres"));
  rmSync(DATA_DIR, { recursive: true, force: true });
  database = await prepareDatabase({
    root: ROOT,
    dataDir: DATA_DIR,
    embeddedPort: await findFreePort(),
    embeddedPassword: randomBytes(18).toString("base64url"),
    log: say,
  });
  const port = (await isPortFree(PREFERRED_PORT)) ? PREFERRED_PORT : await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  // FACTDESK_BENCH_PROFILE=<folder>: the web server writes a V8 CPU profile there when it stops (for finding hot spots).
  const profile = process.env.FACTDESK_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.FACTDESK_BENCH_PROFILE)}`] : [];
  const serve = path.join(ROOT, "scripts/serve.mjs");
  const child = spawn(process.execPath, [...profile, serve, "--port", String(port), "--host", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      FACTDESK_API_RATE_LIMIT: String(BENCH_API_RATE_LIMIT),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server = child;
  // Kept for the error message only: a server that dies while starting says why.
  const keep = (chunk: Buffer) => output.push(chunk.toString()) > 200 && output.shift();
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  await waitForHttp(`${baseUrl}/sign-in`, child, 60_000).catch((error: unknown) => {
    console.error(output.join(""));
    throw error;
  });
  say(`App on ${baseUrl}, database on ${database.url.replace(/:[^:@/]+@/, ":***@")}`);
  return { baseUrl, databaseUrl: database.url, serverPid: child.pid ?? -1, databasePid: postmasterPid(path.join(DATA_DIR, "postgres")) };
}

/** The database server's process id, from the first line of its lock file; -1 when there is none. */
function postmasterPid(clusterDir: string): number {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  const pid = existsSync(pidFile) ? Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10) : NaN;
  return Number.isInteger(pid) ? pid : -1;
}

/** Refuses a folder whose database still has a living parent (another run); stops one left orphaned by a crash. */
async function takeDataDir(clusterDir: string): Promise<void> {
  const pid = postmasterPid(clusterDir);
  if (pid > 0 && isAlive(pid) && parentOf(pid) !== 1) {
    throw new Error(`Another benchmark run is using ${path.relative(ROOT, clusterDir)} (PostgreSQL pid ${pid}). Wait for it to end, or set FACTDESK_BENCH_DIR.`);
  }
  await recoverStaleServer(clusterDir);
}

function parentOf(pid: number): number {
  try {
    // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 1;
  }
}

/** Polls until `url` answers 200; fails early if the server process ends. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The server stopped while starting (${child.exitCode ?? child.signalCode}).`);
    const status = await fetch(url, { redirect: "manual" }).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`No 200 from ${url} within ${timeoutMs / 1000} s.`);
}

/** Stops the web server, then the database. Safe to call more than once. */
export async function stopBenchApp(): Promise<void> {
  const child = server;
  server = null;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  const db = database;
  database = null;
  // A database that already died (killed from outside) never answers stop(): do not wait for it forever.
  if (db) await Promise.race([db.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
}

// Last resort when the process exits without the async stop (an uncaught error): never leave next-server running.
process.once("exit", () => server?.kill("SIGKILL"));
