/**
 * The embedded server's life cycle as `npm start` meets it: first start, restart with data kept, and recovery after
 * a crash that left an orphaned server or a stale postmaster.pid behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { Client } from "pg";
import { findFreePort } from "@/lib/db/port-check";
import { isAlive } from "@/lib/db/stale-server";

jest.setTimeout(120_000);

const root = path.resolve(__dirname, "../..");
const folder = path.join(root, ".test-data", `embedded-${process.pid}`);
const clusterDir = path.join(folder, "cluster");
const password = "embedded-test";

beforeAll(() => mkdirSync(folder, { recursive: true }));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Started = { child: ChildProcess; url: string };

/** Starts the server in a separate process, as `npm start` does; resolves with its URL or rejects with its message. */
function startInChild(port: number): Promise<Started> {
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(__dirname, "support/embedded-child.ts"), clusterDir, String(port), password, "keep"],
    { cwd: root },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) resolve({ child, url: ready[1] });
      const failed = /ERROR (.+)/.exec(output);
      if (failed) reject(new Error(failed[1]));
    });
    child.on("exit", (code) => reject(new Error(`the server process exited (${code}) before it was ready: ${output}`)));
  });
}

function stopChild(started: Started): Promise<void> {
  return new Promise((resolve) => {
    started.child.once("exit", () => resolve());
    started.child.kill("SIGTERM");
  });
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

it("keeps data across a clean restart", async () => {
  const port = await findFreePort();
  const first = await startInChild(port);
  await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
  await stopChild(first);
  const second = await startInChild(port);
  expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
  await stopChild(second);
});

it("stops an orphaned server left by a killed parent, then starts normally", async () => {
  const port = await findFreePort();
  const crashed = await startInChild(port);
  // SIGKILL, as from a crash or the OOM killer: the parent cannot stop its PostgreSQL child.
  crashed.child.kill("SIGKILL");
  await new Promise((resolve) => crashed.child.once("exit", resolve));
  const orphan = Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  expect(isAlive(orphan)).toBe(true);

  const restarted = await startInChild(port);
  expect(isAlive(orphan)).toBe(false);
  expect(await query(restarted.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
  await stopChild(restarted);
});

it("removes a stale postmaster.pid whose process is gone", async () => {
  const port = await findFreePort();
  writeFileSync(path.join(clusterDir, "postmaster.pid"), `999999\n${clusterDir}\n1700000000\n${port}\n\n127.0.0.1\n  1234   5678\nready\n`);
  const server = await startInChild(port);
  expect(await query(server.url, "SELECT count(*)::int AS n FROM kept")).toEqual([{ n: 1 }]);
  await stopChild(server);
});

it("names the port when it is taken", async () => {
  const port = await findFreePort();
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
  try {
    await expect(startInChild(port)).rejects.toThrow(`Port ${port} for the embedded database is already in use`);
  } finally {
    blocker.close();
  }
});
