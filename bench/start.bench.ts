// Start (issue 8, item 7): `npm start` (scripts/start.ts) on an already built tree, from spawning the command to the
// first 200 answer of /sign-in, on a data folder and ports of its own. Two cases: a first start on an empty data
// folder (creates the embedded database, migrates, seeds the demo newsroom) and later starts on the same folder (the
// usual restart). Each run is stopped the way a person stops it, Ctrl-C to its process group, and must leave no web
// server and no database behind.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { findFreePort, isPortFree } from "@/lib/db/port-check";
import { recoverStaleServer } from "@/lib/db/stale-server";
import { ensureBuilt, ROOT } from "./support/app";
import { list, machineLoad, median, round } from "./support/stats";
import { onBenchStop } from "./support/stop";
import type { BenchResult } from "./types";

const DATA_DIR = path.join(ROOT, ".bench-data", "start");
const CLUSTER_DIR = path.join(DATA_DIR, "postgres");
const FIRST_STARTS = 3;
const LATER_STARTS = 5;
const BUDGET_MS = 10_000;
const GIVE_UP_MS = 120_000;

/** Two distinct free ports: the web server's and the embedded database's. */
async function twoPorts(): Promise<[number, number]> {
  const web = await findFreePort();
  let db = await findFreePort();
  while (db === web) db = await findFreePort();
  return [web, db];
}

/** Sends `signal` to the whole group (npm, tsx, scripts/start.ts, next-server, PostgreSQL); false when it is gone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-child.pid!, signal);
    return true;
  } catch {
    return false;
  }
}

const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Ctrl-C, then waits until npm has exited, the database has removed its pid file and the web port is free again. */
async function stop(child: ChildProcess, port: number): Promise<void> {
  const exited = ended(child) ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
  if (!signalGroup(child, "SIGINT")) return;
  const killer = setTimeout(() => signalGroup(child, "SIGKILL"), 30_000);
  await exited;
  clearTimeout(killer);
  // npm may exit before the last of its children: give the database and the web server a moment to finish.
  const pidFile = path.join(CLUSTER_DIR, "postmaster.pid");
  for (let i = 0; i < 200 && (existsSync(pidFile) || !(await isPortFree(port))); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (existsSync(pidFile)) throw new Error("The embedded database of npm start is still running 10 s after Ctrl-C.");
  if (!(await isPortFree(port))) throw new Error(`Port ${port} still answers 10 s after Ctrl-C: npm start left its web server running.`);
}

type Start = { ms: number; steps: string };

/** "database 812, migrations 1,640, ... ms": when each of npm start's own progress lines appeared, for the log. */
function stepTimes(lines: { at: number; text: string }[]): string {
  const steps: [string, RegExp][] = [
    ["database up", /Embedded PostgreSQL is running/],
    ["migrated", /Applied \d+ database migration/],
    ["demo seeded", /Created the demo team/],
    ["ready", /Ready in/],
  ];
  return steps
    .map(([name, pattern]) => [name, lines.find((line) => pattern.test(line.text))] as const)
    .filter(([, line]) => line)
    .map(([name, line]) => `${name} ${Math.round(line!.at)}`)
    .join(", ");
}

async function startOnce(): Promise<Start> {
  const [port, dbPort] = await twoPorts();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FACTDESK_DATA_DIR: DATA_DIR,
    PORT: String(port),
    FACTDESK_DB_PORT: String(dbPort),
    NEXT_TELEMETRY_DISABLED: "1",
    npm_config_update_notifier: "false",
  };
  // As a person starts it: the embedded database, generated secrets, no inherited Node flags.
  for (const name of ["DATABASE_URL", "NEXTAUTH_URL", "NEXTAUTH_SECRET", "AUTH_SECRET", "NODE_OPTIONS", "NODE_ENV"]) delete env[name];
  const output: { at: number; text: string }[] = [];
  const t0 = performance.now();
  // A process group of its own, so that Ctrl-C can be imitated for all of it at once.
  const child = spawn("npm", ["start"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const forget = onBenchStop(() => stop(child, port));
  const keep = (chunk: Buffer) => output.push({ at: performance.now() - t0, text: chunk.toString() });
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const text = () => output.map((line) => line.text).join("");
  try {
    while (true) {
      if (ended(child)) throw new Error(`npm start ended (${child.exitCode ?? child.signalCode}) before answering:\n${text()}`);
      if (performance.now() - t0 > GIVE_UP_MS) throw new Error(`npm start did not answer within ${GIVE_UP_MS / 1000} s:\n${text()}`);
      const status = await fetch(`http://127.0.0.1:${port}/sign-in`, { redirect: "manual" }).then((r) => r.status, () => 0);
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const elapsed = performance.now() - t0;
    // A start that built the app measured the build: the tree was meant to be built already.
    if (text().includes("Building Factdesk")) throw new Error("npm start rebuilt the app, so the figure would include a build.");
    return { ms: elapsed, steps: stepTimes(output) };
  } finally {
    await stop(child, port);
    forget();
  }
}

export default async function startBench(): Promise<BenchResult[]> {
  ensureBuilt();
  const firstRuns: Start[] = [];
  const laterRuns: Start[] = [];
  for (let i = 0; i < FIRST_STARTS; i++) {
    await recoverStaleServer(CLUSTER_DIR); // an orphan left by a killed run would hold the folder
    rmSync(DATA_DIR, { recursive: true, force: true });
    firstRuns.push(await startOnce());
  }
  for (let i = 0; i < LATER_STARTS; i++) laterRuns.push(await startOnce());
  const [first, later] = [firstRuns.map((run) => run.ms), laterRuns.map((run) => run.ms)];
  console.log(`start: first ${list(first)}; later ${list(later)} (${machineLoad()})`);
  console.log(`start: ms after the command, first start: ${firstRuns.at(-1)!.steps}; later start: ${laterRuns.at(-1)!.steps}`);
  const row = (figure: string, samples: number[]): BenchResult => ({
    figure: `${figure} (median of ${samples.length})`,
    value: round(median(samples), 0),
    unit: "ms",
    target: `< ${BUDGET_MS.toLocaleString("en")} ms`,
    pass: median(samples) < BUDGET_MS,
  });
  return [
    row("npm start on a built tree → first 200, empty data folder (new database, migrations, demo seed)", first),
    row("npm start on a built tree → first 200, existing data folder", later),
  ];
}
