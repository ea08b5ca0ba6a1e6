/**
 * Recovery after a crash: a SIGKILLed Factdesk leaves its PostgreSQL child running (an orphan) or leaves a
 * postmaster.pid behind. Either would make the next start fail, so both are cleaned up before starting.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/** Whether a process with this id exists (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgresOf(pid: number, dataDir: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return cmdline.some((part) => part.endsWith("postgres")) && cmdline.includes(dataDir);
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/** Stops an orphaned server of this data directory, or removes a stale pid file; returns what it did. */
export async function recoverStaleServer(dataDir: string): Promise<"none" | "stale-pid-removed" | "orphan-stopped"> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return "none";
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgresOf(pid, dataDir)) {
    process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps committed data
    if (!(await waitForExit(pid, 15_000))) {
      process.kill(pid, "SIGKILL");
      await waitForExit(pid, 5_000);
    }
    if (existsSync(pidFile)) rmSync(pidFile);
    return "orphan-stopped";
  }
  rmSync(pidFile);
  return "stale-pid-removed";
}
