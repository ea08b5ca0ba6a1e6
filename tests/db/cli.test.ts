/**
 * `npm run factdesk -- <command>`, run as an administrator runs it (tsx child processes) against this file's own
 * database through DATABASE_URL. What each command wrote is read back from the rows; refusals must exit non-zero
 * with a readable message, print no stack trace and write nothing.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { createClaim } from "@/lib/claims/create-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { addMember, makeTeam, makeTeamWithMembers, makeUser } from "@/lib/demo/factories";
import { hashToken } from "@/lib/tokens/token-secret";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

jest.setTimeout(120_000);

const root = path.resolve(__dirname, "../..");
const BASE_URL = "https://desk.example.test";
const COMMANDS = ["create-user", "create-team", "add-member", "create-token", "import", "export"];
const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;
let t: TestDatabase;
let work: string;

type Result = { code: number | null; stdout: string; stderr: string };

/** One run of the command line, with `stdin` piped in; prints what was tried and how it ended. */
function factdesk(args: string[], stdin = ""): Promise<Result> {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/factdesk.ts"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: t.url },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // A command refused before it reads stdin closes the pipe early; that is part of the refusal, not an error here.
  child.stdin.on("error", () => {});
  child.stdin.end(stdin);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      const said = (stdout.length > 400 ? `${stdout.slice(0, 400)}…` : stdout) + stderr;
      console.log(`$ factdesk ${args.join(" ")}\n→ exit ${code}\n${said.trim()}`);
      resolve({ code, stdout, stderr });
    }),
  );
}

const unique = () => Math.random().toString(36).slice(2, 8);

async function rowCounts() {
  const [users, teams, memberships, tokens, articles] = await Promise.all([
    t.db.user.count(),
    t.db.team.count(),
    t.db.membership.count(),
    t.db.accessToken.count(),
    t.db.article.count(),
  ]);
  return { users, teams, memberships, tokens, articles };
}

beforeAll(async () => {
  t = await createTestDatabase();
  work = mkdtempSync(path.join(os.tmpdir(), "factdesk-cli-"));
});

afterAll(async () => {
  await t?.drop();
  if (work) rmSync(work, { recursive: true, force: true });
});

it("lists all six commands with --help (exit 0) and refuses an unknown command (exit 2)", async () => {
  const [help, unknown] = await Promise.all([factdesk(["--help"]), factdesk(["frobnicate"])]);
  expect(help.code).toBe(0);
  for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
  expect(help.stdout).toContain("Examples:");
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Unknown command "frobnicate".');
});

it("creates a user with a personal team, a team, a member and an access token", async () => {
  const ana = `Ana.${unique()}@Newsroom.example`;
  const password = "  a long enough passphrase ";
  const created = await factdesk(["create-user", "--email", ana, "--name", "Ana Silva", "--password-stdin"], `${password}\n`);
  expect(created.code).toBe(0);
  // Stored as sign-up stores it: e-mail in lower case, the password exactly as typed (spaces kept, newline not).
  const user = await verifyCredentials(ana.toLowerCase(), password, t.db);
  expect(user).not.toBeNull();
  const personal = await t.db.membership.findMany({ where: { userId: user!.id }, select: { role: true, team: { select: { id: true, name: true } } } });
  expect(personal).toEqual([{ role: "OWNER", team: { id: expect.any(String), name: "Ana Silva's team" } }]);
  expect(created.stdout).toContain(personal[0].team.id);

  const deskName = `Politics desk ${unique()}`;
  const team = await factdesk(["create-team", "--name", deskName, "--owner", ana]);
  expect(team.code).toBe(0);
  const desk = await t.db.team.findFirstOrThrow({ where: { name: deskName }, select: { id: true, memberships: { select: { userId: true, role: true } } } });
  expect(desk.memberships).toEqual([{ userId: user!.id, role: "OWNER" }]);

  const ben = await makeUser(t.db);
  const added = await factdesk(["add-member", "--team", deskName, "--email", ben.email, "--role", "Reviewer"]);
  expect(added.code).toBe(0);
  expect(added.stdout).toContain("as reviewer");
  const membership = await t.db.membership.findUnique({ where: { teamId_userId: { teamId: desk.id, userId: ben.id } }, select: { role: true } });
  expect(membership?.role).toBe("REVIEWER");

  const before = Date.now();
  const token = await factdesk(["create-token", "--email", ben.email, "--team", desk.id, "--name", "CMS sync", "--scope", "read-write", "--expires-in-days", "30"]);
  expect(token.code).toBe(0);
  const secret = token.stdout.trim();
  expect(secret).toMatch(/^fdk_[\w-]{43}$/);
  expect(token.stderr).toMatch(/will not be shown again/);
  const stored = await t.db.accessToken.findFirstOrThrow({ where: { userId: ben.id }, select: { tokenHash: true, teamId: true, scope: true, name: true, expiresAt: true } });
  expect(stored).toMatchObject({ tokenHash: hashToken(secret), teamId: desk.id, scope: "READ_WRITE", name: "CMS sync" });
  const days = (stored.expiresAt!.getTime() - before) / 86_400_000;
  expect(days).toBeGreaterThan(29.9);
  expect(days).toBeLessThan(30.1);
});

it("imports a file and exports its review as CSV on stdout and as a filtered PDF file", async () => {
  const { team, members } = await makeTeamWithMembers(t.db);
  const file = path.join(work, "council-budget.html");
  writeFileSync(
    file,
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le conseil vote le budget</title></head><body><article>
<h1>Le conseil vote le budget</h1>
<p>Le conseil municipal a approuvé mardi un budget de 12 millions d'euros, « un record », selon la maire.</p>
<p>La nouvelle ligne de tram ouvrirait en 2027, deux ans plus tôt que prévu.</p>
</article></body></html>`,
  );
  const imported = await factdesk(["import", "--team", team.id, "--as", members.EDITOR.email, "--file", file, "--base-url", BASE_URL]);
  expect(imported.code).toBe(0);
  const articleId = /^Article: (\S+)$/m.exec(imported.stdout)?.[1] ?? "";
  const article = await t.db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { teamId: true, title: true, createdById: true, versions: { select: { id: true, text: true } } },
  });
  expect(article).toMatchObject({ teamId: team.id, title: "Le conseil vote le budget", createdById: members.EDITOR.id });
  const text = article.versions[0].text;
  expect(text).toContain("« un record »");
  expect(imported.stdout).toContain("Title: Le conseil vote le budget");
  expect(imported.stdout).toContain(`Words: ${text.split(/\s+/).filter(Boolean).length}`);
  expect(imported.stdout).toContain(`Review: ${BASE_URL}/articles/${articleId}`);

  const quotes = ["un budget de 12 millions d'euros", "deux ans plus tôt que prévu"];
  const claims = [];
  for (const quote of quotes) {
    const start = text.indexOf(quote);
    claims.push(await createClaim({ userId: members.REVIEWER.id, articleId, start, end: start + quote.length }, t.db));
  }
  await setClaimStatus({ userId: members.REVIEWER.id, claimId: claims[0].id, revision: claims[0].revision, status: "VERIFIED" }, t.db);

  const pdfFile = path.join(work, "review.pdf");
  const [csv, pdf] = await Promise.all([
    factdesk(["export", "--article", articleId, "--format", "csv"]),
    factdesk(["export", "--article", articleId, "--format", "pdf", "--out", pdfFile, "--status", "verified"]),
  ]);
  expect(csv.code).toBe(0);
  const rows: Record<string, string>[] = parse(csv.stdout, { bom: true, columns: true, skip_empty_lines: true });
  expect(rows.map((row) => [row.Quote, row.Status])).toEqual([
    [quotes[0], "Verified"],
    [quotes[1], "Unreviewed"],
  ]);
  expect(pdf.code).toBe(0);
  expect(pdf.stdout).toMatch(/Wrote .*review\.pdf .*1 claim\)/);
  expect(readFileSync(pdfFile).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(readdirSync(work).filter((name) => name.endsWith(".partial"))).toEqual([]);
});

it("refuses bad input with a clear message and a non-zero exit code, and writes nothing", async () => {
  const team = await makeTeam(t.db);
  const member = await makeUser(t.db);
  await addMember(t.db, team.id, member.id, "EDITOR");
  const newEmail = `new-${unique()}@example.test`;
  const refusals: { args: string[]; stdin?: string; code: number; says: RegExp }[] = [
    { args: ["add-member", "--team", team.id, "--email", member.email, "--role", "boss"], code: 2, says: /--role: Choose one of the roles/ },
    { args: ["create-user", "--email", "not-an-email", "--name", "X", "--password-stdin"], stdin: "a long enough passphrase", code: 2, says: /--email: Enter a valid e-mail address/ },
    { args: ["create-token", "--email", member.email, "--name", "sync"], code: 2, says: /Missing --team\./ },
    { args: ["add-member", "--team", "No such team", "--email", member.email, "--role", "viewer"], code: 1, says: /No team has the id or the exact name "No such team"/ },
    { args: ["export", "--article", "no-such-article", "--format", "csv"], code: 1, says: /No article has the id no-such-article/ },
    { args: ["add-member", "--team", team.id, "--email", member.email, "--role", "viewer"], code: 1, says: /is already a member of .* \(as editor\)/ },
    { args: ["create-user", "--email", newEmail, "--name", "X", "--password", "hunter22hunter22"], code: 2, says: /--password is not accepted/ },
    { args: ["create-user", "--email", newEmail, "--name", "X", "--password-stdin"], stdin: "short\n", code: 2, says: /Password: Use at least \d+ characters/ },
    { args: ["import", "--team", team.id, "--as", member.email, "--file", path.join(work, "missing.txt")], code: 2, says: /--file: No file at/ },
  ];
  const before = await rowCounts();
  const results = await Promise.all(refusals.map((refusal) => factdesk(refusal.args, refusal.stdin)));
  for (const [i, result] of results.entries()) {
    expect({ args: refusals[i].args, code: result.code }).toEqual({ args: refusals[i].args, code: refusals[i].code });
    expect(result.stderr).toMatch(refusals[i].says);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout).toBe("");
  }
  expect(await rowCounts()).toEqual(before);
  expect(existsSync(path.join(work, "missing.txt"))).toBe(false);
});
