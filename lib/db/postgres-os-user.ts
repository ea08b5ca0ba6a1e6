/**
 * PostgreSQL refuses to run as root. When Factdesk runs as root (containers, CI), the embedded server runs as the
 * `postgres` system user, which must be able to reach the data directory through every parent folder.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, statSync } from "node:fs";
import path from "node:path";

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function postgresUid(): number | null {
  try {
    return Number.parseInt(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim(), 10);
  } catch {
    return null;
  }
}

/** Grants "search" (x) permission to others on parents that block the postgres user; returns the folders changed. */
export function ensureReachableByPostgres(dir: string): string[] {
  if (!isRoot()) return [];
  const uid = postgresUid();
  const changed: string[] = [];
  let current = path.dirname(path.resolve(dir));
  while (true) {
    const stat = statSync(current);
    const reachable = stat.uid === uid || (stat.mode & 0o001) !== 0;
    if (!reachable) {
      chmodSync(current, stat.mode | 0o001);
      changed.push(current);
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return changed;
}
