/**
 * CPU time used by a process and everything it started, read from /proc (Linux). Unlike wall-clock throughput, it
 * does not count time the machine's host gave to other tenants (steal), so it compares write paths fairly on a
 * shared machine where throughput swings from run to run.
 */
import { readdirSync, readFileSync } from "node:fs";

// USER_HZ: /proc reports CPU time in clock ticks of 1/100 s on Linux.
const TICK_MS = 10;

type Stat = { ppid: number; cpuMs: number };

function readStat(pid: number): Stat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (name) state ppid …": the name may hold spaces, so count fields after the last ")". utime and stime are
    // fields 14 and 15 of the whole line, 12 and 13 after the name.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null; // ended between listing and reading
  }
}

/** User plus system CPU in ms of `rootPid` and its living descendants; null where /proc is not there. */
export function treeCpuMs(rootPid: number): number | null {
  let pids: number[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return null;
  }
  const stats = new Map<number, Stat>();
  for (const pid of pids) {
    const stat = readStat(pid);
    if (stat) stats.set(pid, stat);
  }
  if (!stats.has(rootPid)) return null;
  const children = new Map<number, number[]>();
  for (const [pid, stat] of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += stats.get(pid)?.cpuMs ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
