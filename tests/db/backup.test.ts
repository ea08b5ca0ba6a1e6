/**
 * `npm run db:backup` and `npm run db:restore`, run as a user runs them (tsx child processes): a round trip from a
 * database full of newsroom work into an empty one must give back every row, byte for byte; a wrong file must
 * change nothing; the embedded server must be started and stopped cleanly, or left alone when already running.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { addSource } from "@/lib/claims/add-source";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { findPostgresTool, serverMajorVersion } from "@/lib/db/backup-tools";
import type { Db } from "@/lib/db/client";
import { findFreePort } from "@/lib/db/port-check";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

jest.setTimeout(180_000);

const root = path.resolve(__dirname, "../..");
const work = path.join(root, ".test-data", `backup-${process.pid}`);
const dumpFile = path.join(work, "round-trip.dump");
const emptyDatabases: string[] = [];
let source: TestDatabase;

// Accents, typographic quotes, a dash and an emoji: a dump that mangles encodings shows up in the checksum.
const PARAGRAPHS = [
  "The council approved 12 million euros on Tuesday — «un record», says the mayor 🚋.",
  "Zürich's tram line would open in 2027, two years earlier than planned.",
  "Critics say the plan has no funding for maintenance.",
];
const PHRASES = ["12 million euros", "«un record», says the mayor 🚋", "Zürich's tram line", "no funding for maintenance"];
const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** Two teams, two articles each, claims with verdicts, notes, sources, one soft-deleted: every kind of audit event. */
async function fillWithNewsroomWork(db: Db): Promise<void> {
  for (let t = 0; t < 2; t++) {
    const { team, members } = await makeTeamWithMembers(db);
    for (let a = 0; a < 2; a++) {
      const { articleId, versionId } = await makeArticle(db, { teamId: team.id, userId: members.EDITOR.id, paragraphs: PARAGRAPHS });
      const { text } = await db.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
      for (const [i, phrase] of PHRASES.entries()) {
        const userId = members.REVIEWER.id;
        const start = text.indexOf(phrase);
        let claim = await createClaim({ userId, articleId, start, end: start + phrase.length }, db);
        if (i % 2 === 0) claim = await setClaimStatus({ userId, claimId: claim.id, revision: claim.revision, status: i === 0 ? "VERIFIED" : "DISPUTED" }, db);
        if (i < 3) claim = await updateClaimNote({ userId, claimId: claim.id, revision: claim.revision, note: note(`Vérifié — note ${i} ✓`) }, db);
        await addSource({ userId, claimId: claim.id, url: `https://example.org/source-${i}`, title: `Source ${i}`, publisher: "Le Monde", relation: "SUPPORTS" }, db);
        if (i === 3) await deleteClaim({ userId, claimId: claim.id }, db);
      }
    }
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Row count of every table in the public schema, Prisma's migration history included. */
function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1",
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      counts[name] = Number((await client.query(`SELECT count(*) AS n FROM ${client.escapeIdentifier(name)}`)).rows[0].n);
    }
    return counts;
  });
}

/** md5 over the claims and over their audit events, in id order: equal sums mean equal contents. */
function checksums(url: string): Promise<{ claims: string; events: string }> {
  return withClient(url, async (client) => {
    const claims = await client.query(
      `SELECT md5(string_agg(concat_ws('|', id, status, exact, "noteText", start, "end", revision, "deletedAt"), ',' ORDER BY id)) AS sum FROM "Claim"`,
    );
    const events = await client.query(
      `SELECT md5(string_agg(concat_ws('|', id, "claimId", "actorId", kind, before::text, after::text, at), ',' ORDER BY id)) AS sum FROM "ClaimEvent"`,
    );
    return { claims: claims.rows[0].sum, events: events.rows[0].sum };
  });
}

async function createEmptyDatabase(): Promise<string> {
  const name = `factdesk_restore_${process.pid}_${emptyDatabases.length}`;
  const admin = process.env.FACTDESK_TEST_ADMIN_URL ?? "";
  await withClient(admin, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE template0`));
  emptyDatabases.push(name);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

type ScriptResult = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run db:<name>` the way npm does (tsx), with the given environment on top of the test's. */
function runScript(name: "db-backup" | "db-restore", args: string[], extraEnv: Record<string, string>): Promise<ScriptResult> {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts", `${name}.ts`), ...args], {
    cwd: root,
    env: { ...process.env, ...extraEnv },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

let backupMade: Promise<ScriptResult> | undefined;
/** The backup of the filled database, made once by the script and shared by the tests that restore it. */
function backupOfSource(): Promise<ScriptResult> {
  backupMade ??= runScript("db-backup", [dumpFile], { DATABASE_URL: source.url });
  return backupMade;
}

beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  source = await createTestDatabase();
  // No skipping: without client programs new enough for this server, every test here fails with this message.
  const major = await serverMajorVersion(source.url);
  const tools = [await findPostgresTool("pg_dump", major), await findPostgresTool("pg_restore", major)];
  console.log(`Server PostgreSQL ${major}; using ${tools.map((tool) => `${tool.path} (${tool.version})`).join(" and ")}`);
  await fillWithNewsroomWork(source.db);
});

afterAll(async () => {
  await source?.drop();
  const admin = process.env.FACTDESK_TEST_ADMIN_URL;
  if (admin) await withClient(admin, async (client) => {
    for (const name of emptyDatabases) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  rmSync(work, { recursive: true, force: true });
});

it("backs up to a custom-format dump and restores it into an empty database with identical rows", async () => {
  const backup = await backupOfSource();
  expect(backup.stderr).toBe("");
  expect(backup.code).toBe(0);
  expect(backup.stdout).toContain(`Backup: ${dumpFile} (`);
  expect(readFileSync(dumpFile).subarray(0, 5).toString("latin1")).toBe("PGDMP");

  const target = await createEmptyDatabase();
  const restore = await runScript("db-restore", [dumpFile], { DATABASE_URL: target });
  expect(restore.stderr).toBe("");
  expect(restore.code).toBe(0);

  const [before, after] = [await rowCounts(source.url), await rowCounts(target)];
  console.log(["table: source → restored", ...Object.keys(before).map((table) => `${table}: ${before[table]} → ${after[table]}`)].join("\n"));
  expect(after).toEqual(before);
  for (const table of ["Team", "Membership", "Article", "ArticleVersion", "Claim", "SourceLink", "ClaimEvent", "_prisma_migrations"]) {
    expect(before[table]).toBeGreaterThan(0);
  }
  const [sumsBefore, sumsAfter] = [await checksums(source.url), await checksums(target)];
  console.log(`claims md5 ${sumsBefore.claims} → ${sumsAfter.claims}; events md5 ${sumsBefore.events} → ${sumsAfter.events}`);
  expect(sumsAfter).toEqual(sumsBefore);
  // The append-only guard on the audit log must come back with the data.
  const trigger = await withClient(target, (client) => client.query(`SELECT 1 FROM pg_trigger WHERE tgname = 'ClaimEvent_append_only'`));
  expect(trigger.rowCount).toBe(1);

  const refused = await runScript("db-restore", [dumpFile], { DATABASE_URL: target });
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/already holds data .*Restoring replaces all of it\. To go ahead: .*--yes/);
  const replaced = await runScript("db-restore", [dumpFile, "--yes"], { DATABASE_URL: target });
  expect(replaced.code).toBe(0);
  expect(await rowCounts(target)).toEqual(before);
  expect(await checksums(target)).toEqual(sumsBefore);
});

it("refuses a file that is not a dump, a missing file and a truncated dump, and changes nothing", async () => {
  const [countsBefore, sumsBefore] = [await rowCounts(source.url), await checksums(source.url)];
  const textFile = path.join(work, "notes.dump");
  writeFileSync(textFile, "-- a plain SQL file, not a custom-format dump\nDROP TABLE \"Claim\";\n");
  const notADump = await runScript("db-restore", [textFile, "--yes"], { DATABASE_URL: source.url });
  console.log(`restore of a text file: exit ${notADump.code}, ${notADump.stderr.trim()}`);
  expect(notADump.code).toBe(1);
  expect(notADump.stderr).toContain(`${textFile} is not a custom-format PostgreSQL dump (it does not start with "PGDMP")`);

  const missing = await runScript("db-restore", [path.join(work, "missing.dump"), "--yes"], { DATABASE_URL: source.url });
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain("No backup file at");

  // A real dump cut short passes the signature check; pg_restore then fails and its single transaction rolls back.
  await backupOfSource();
  const whole = readFileSync(dumpFile);
  const truncated = path.join(work, "truncated.dump");
  writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
  const cut = await runScript("db-restore", [truncated, "--yes"], { DATABASE_URL: source.url });
  console.log(`restore of a truncated dump: exit ${cut.code}, ${cut.stderr.trim().split("\n")[0]}`);
  expect(cut.code).toBe(1);
  expect(cut.stderr).toContain("pg_restore failed");

  expect(await rowCounts(source.url)).toEqual(countsBefore);
  expect(await checksums(source.url)).toEqual(sumsBefore);
});

/** PostgreSQL processes whose command line names this cluster folder. */
function serversOf(clusterDir: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(clusterDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

it("starts the embedded server when it is down and stops it after, or uses it untouched when it is up", async () => {
  await backupOfSource();
  const dataDir = path.join(work, "embedded-data");
  const clusterDir = path.join(dataDir, "postgres");
  const embedded = { DATABASE_URL: "", FACTDESK_DATA_DIR: dataDir, FACTDESK_DB_PORT: String(await findFreePort()) };

  const restore = await runScript("db-restore", [dumpFile], embedded);
  expect(restore.stderr).toBe("");
  expect(restore.code).toBe(0);
  expect(restore.stdout).toContain("Started the embedded database");
  expect(existsSync(path.join(clusterDir, "postmaster.pid"))).toBe(false);
  expect(serversOf(clusterDir)).toEqual([]);

  const backup = await runScript("db-backup", [], embedded);
  expect(backup.code).toBe(0);
  const made = readdirSync(path.join(dataDir, "backups"));
  expect(made).toEqual([expect.stringMatching(/^factdesk-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.dump$/)]);
  expect(backup.stdout).toContain(path.join(dataDir, "backups", made[0]));
  expect(existsSync(path.join(clusterDir, "postmaster.pid"))).toBe(false);
  expect(serversOf(clusterDir)).toEqual([]);

  // As under `npm start`: the server belongs to another process, which must find it still running afterwards.
  const { databasePassword } = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { databasePassword: string };
  const server = await startServer(clusterDir, Number(embedded.FACTDESK_DB_PORT), databasePassword);
  try {
    const whileUp = await runScript("db-backup", [path.join(work, "while-up.dump")], embedded);
    expect(whileUp.code).toBe(0);
    expect(whileUp.stdout).toContain("Using the embedded database already running");
    expect(await rowCounts(server.url)).toEqual(await rowCounts(source.url));
    expect(await checksums(server.url)).toEqual(await checksums(source.url));
  } finally {
    await new Promise((resolve) => {
      server.child.once("exit", resolve);
      server.child.kill("SIGTERM");
    });
  }
});

function startServer(clusterDir: string, port: number, password: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(__dirname, "support/embedded-child.ts"), clusterDir, String(port), password, "factdesk"],
    { cwd: root },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) resolve({ child, url: ready[1] });
    });
    child.on("exit", (code) => reject(new Error(`the embedded server exited (${code}) before it was ready: ${output}`)));
  });
}
