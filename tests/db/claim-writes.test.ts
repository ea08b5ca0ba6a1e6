/**
 * The two hottest writes (mark a claim, give a verdict) are one SQL statement each when no webhook listens, and a
 * transaction with the delivery when one does (lib/claims/claim-write-sql.ts). These tests hold both paths to the
 * same results, count the statements the fast path sends, and race two verdicts on one revision.
 */
import { Client } from "pg";
import { APPROVED_LOCK_MESSAGE } from "@/lib/activity/approval-rules";
import { authorizeCaller, authorizeUser } from "@/lib/auth/authorize";
import { addSource } from "@/lib/claims/add-source";
import { approveClaim } from "@/lib/claims/approve-claim";
import { assignClaim } from "@/lib/claims/assign-claim";
import { readClaimView } from "@/lib/claims/claim-view";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { AppError } from "@/lib/errors/app-error";
import type { WebhookEvent } from "@/lib/db/generated/enums";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function setup(options: { webhookEvents?: string[] } = {}) {
  const { team, members } = await makeTeamWithMembers(t.db);
  const { articleId, versionId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id });
  const { text } = await t.db.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
  if (options.webhookEvents) {
    // Straight into the table: what matters here is that a webhook listens, not how one is made.
    const events = options.webhookEvents as WebhookEvent[];
    await t.db.webhook.create({ data: { teamId: team.id, url: "https://hooks.example.org/factdesk", secret: "s".repeat(32), events, createdById: members.OWNER.id } });
  }
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  return { team, members, articleId, versionId, text, userId: members.REVIEWER.id, span };
}

/** The SQL statements sent to PostgreSQL while `work` runs (every pg client of this process). */
async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const sql: string[] = [];
  const original = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, "query").mockImplementation(function (this: Client, ...args: unknown[]) {
    const query = args[0] as string | { text?: string };
    sql.push((typeof query === "string" ? query : (query.text ?? "")).trim().split(/\s+/)[0].toUpperCase());
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  try {
    return { result: await work(), sql };
  } finally {
    spy.mockRestore();
  }
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe("claim writes without a listening webhook", () => {
  it("marks a claim in two statements and no transaction: current version, then the write, which answers the view", async () => {
    const { articleId, userId, span } = await setup();
    await createClaim({ userId, articleId, ...span("12 million euros") }, t.db); // reads the version text once
    const { result: claim, sql } = await statementsOf(() => createClaim({ userId, articleId, ...span("city council") }, t.db));
    expect(sql).toEqual(["SELECT", "WITH"]);
    expect(claim).toMatchObject({ exact: "city council", status: "UNREVIEWED", revision: 1, anchorState: "ANCHORED", sources: [], assignee: null });
    expect(claim.createdBy.id).toBe(userId);
    // The view built from the write's answer is the view a read gives.
    expect(claim).toEqual(await readClaimView(t.db, claim.id));
    expect(claim.id).toMatch(/^c[0-9a-z]{24}$/);
    const placements = await t.db.claimPlacement.findMany({ where: { claimId: claim.id } });
    expect(placements).toEqual([expect.objectContaining({ state: "ANCHORED", start: claim.start, end: claim.end, score: 1 })]);
    const events = await t.db.claimEvent.findMany({ where: { claimId: claim.id } });
    expect(events).toEqual([expect.objectContaining({ kind: "CREATED", actorId: userId, after: { start: claim.start, end: claim.end, exact: "city council" } })]);
  });

  it("marks a claim on the version the editor saw in one statement, and refuses it once a newer version came in", async () => {
    const { team, members, articleId, versionId, text, userId, span } = await setup();
    await createClaim({ userId, articleId, versionId, ...span("12 million euros") }, t.db); // reads the version text once
    const { result: claim, sql } = await statementsOf(() => createClaim({ userId, articleId, versionId, ...span("city council") }, t.db));
    expect(sql).toEqual(["WITH"]);
    expect(claim).toMatchObject({ versionId, exact: "city council" });

    const other = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, paragraphs: ["Another story altogether, long enough to hold the span."] });
    expect(await codeOf(createClaim({ userId, articleId, versionId: other.versionId, ...span("city council") }, t.db))).toBe("NOT_FOUND");

    const newer = await addArticleVersion({ userId: members.EDITOR.id, articleId, doc: paragraphsToDoc(["Update: the council met again on Tuesday.", ...text.split("\n\n")]) }, t.db);
    const newerText = (await t.db.articleVersion.findUniqueOrThrow({ where: { id: newer.versionId } })).text;
    const refused = createClaim({ userId, articleId, versionId, ...span("on Tuesday") }, t.db);
    await expect(refused).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("newer version") });
    expect(await t.db.claim.count({ where: { articleId, exact: "on Tuesday" } })).toBe(0);
    const start = newerText.indexOf("on Tuesday");
    const onNewer = await createClaim({ userId, articleId, versionId: newer.versionId, start, end: start + "on Tuesday".length }, t.db);
    expect(onNewer).toMatchObject({ versionId: newer.versionId, exact: "on Tuesday" });
  });

  it("gives a verdict in one statement, which answers the view, records the change and bumps the revision", async () => {
    const { articleId, userId, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("12 million euros") }, t.db);
    const { result, sql } = await statementsOf(() => setClaimStatus({ userId, claimId: claim.id, revision: 1, status: "DISPUTED" }, t.db));
    expect(sql).toEqual(["WITH"]);
    expect(result).toMatchObject({ status: "DISPUTED", revision: 2 });
    expect(result).toEqual(await readClaimView(t.db, claim.id));
    const events = await t.db.claimEvent.findMany({ where: { claimId: claim.id, kind: "STATUS_CHANGED" } });
    expect(events).toEqual([expect.objectContaining({ actorId: userId, before: "UNREVIEWED", after: "DISPUTED" })]);
  });

  it("sends the verdict and its authorization as named statements, planned once per connection and reused", async () => {
    const { articleId, userId, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("12 million euros") }, t.db);
    const names: (string | undefined)[] = [];
    const original = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, "query").mockImplementation(function (this: Client, ...args: unknown[]) {
      const query = args[0];
      if (query && typeof query === "object") names.push((query as { name?: string }).name);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original);
    try {
      for (const [revision, status] of [[1, "DISPUTED"], [2, "VERIFIED"]] as const) {
        await authorizeCaller({ userId, session: { authTime: Date.now() } }, { claimId: claim.id }, "claim:write", t.db);
        await setClaimStatus({ userId, claimId: claim.id, revision, status }, t.db);
      }
    } finally {
      spy.mockRestore();
    }
    expect(names).toHaveLength(4);
    expect(names.every((name) => name?.startsWith("fd_"))).toBe(true);
    // Same statements, same names: the second round reuses what the first prepared.
    expect(names.slice(2)).toEqual(names.slice(0, 2));
    expect(names[0]).not.toBe(names[1]);
  });

  it("answers the view a read gives for a claim with sources, an assignee, and another creator than updater", async () => {
    const { articleId, members, userId, span } = await setup();
    const claim = await createClaim({ userId: members.EDITOR.id, articleId, ...span("12 million euros") }, t.db);
    await addSource({ userId, claimId: claim.id, url: "https://example.org/budget", title: "Budget 2026", publisher: null, relation: "SUPPORTS" }, t.db);
    await addSource({ userId: members.OWNER.id, claimId: claim.id, url: "https://example.org/\u00e9chos", title: null, publisher: "L’Écho", relation: "CONTRADICTS" }, t.db);
    const assigned = await assignClaim({ userId: members.EDITOR.id, claimId: claim.id, revision: (await readClaimView(t.db, claim.id)).revision, assigneeId: userId }, t.db);
    const result = await setClaimStatus({ userId, claimId: claim.id, revision: assigned.revision, status: "VERIFIED" }, t.db);
    expect(result).toMatchObject({ status: "VERIFIED", assignee: { id: userId }, createdBy: { id: members.EDITOR.id }, updatedBy: { id: userId } });
    expect(result.sources.map((source) => source.relation)).toEqual(["SUPPORTS", "CONTRADICTS"]);
    expect(result).toEqual(await readClaimView(t.db, claim.id));
  });

  it("records no history entry for a verdict that does not change the status, but still bumps the revision", async () => {
    const { articleId, userId, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("12 million euros") }, t.db);
    const result = await setClaimStatus({ userId, claimId: claim.id, revision: 1, status: "UNREVIEWED" }, t.db);
    expect(result.revision).toBe(2);
    expect(await t.db.claimEvent.count({ where: { claimId: claim.id, kind: "STATUS_CHANGED" } })).toBe(0);
  });

  it("authorizes with one query, a session's check included", async () => {
    const { articleId, userId } = await setup();
    const { result, sql } = await statementsOf(() => authorizeUser(userId, { articleId }, "claim:write", t.db));
    expect(result.role).toBe("REVIEWER");
    expect(sql).toHaveLength(1);
    // A session cookie's "sign out everywhere" check rides on the same query.
    const session = { userId, session: { authTime: Date.now() } };
    const withSession = await statementsOf(() => authorizeCaller(session, { articleId }, "claim:write", t.db));
    expect(withSession.result).toEqual(result);
    expect(withSession.sql).toHaveLength(1);
  });
});

describe("refused verdicts write nothing and say why", () => {
  it("a stale revision is a CONFLICT; a deleted claim is not found; an approved one is locked", async () => {
    const { articleId, userId, members, span } = await setup();
    const stale = await createClaim({ userId, articleId, ...span("12 million euros") }, t.db);
    await setClaimStatus({ userId, claimId: stale.id, revision: 1, status: "VERIFIED" }, t.db);
    expect(await codeOf(setClaimStatus({ userId, claimId: stale.id, revision: 1, status: "DISPUTED" }, t.db))).toBe("CONFLICT");

    const deleted = await createClaim({ userId, articleId, ...span("city council") }, t.db);
    await deleteClaim({ userId, claimId: deleted.id }, t.db);
    expect(await codeOf(setClaimStatus({ userId, claimId: deleted.id, revision: 2, status: "DISPUTED" }, t.db))).toBe("NOT_FOUND");

    const approved = await createClaim({ userId, articleId, ...span("12 million") }, t.db);
    const verified = await setClaimStatus({ userId, claimId: approved.id, revision: 1, status: "VERIFIED" }, t.db);
    const locked = await approveClaim({ userId: members.EDITOR.id, claimId: approved.id, revision: verified.revision }, t.db);
    await expect(setClaimStatus({ userId, claimId: approved.id, revision: locked.revision, status: "DISPUTED" }, t.db)).rejects.toThrow(APPROVED_LOCK_MESSAGE);

    const after = await t.db.claim.findMany({ where: { id: { in: [stale.id, deleted.id, approved.id] } }, orderBy: { createdAt: "asc" } });
    expect(after.map((claim) => claim.status)).toEqual(["VERIFIED", "UNREVIEWED", "VERIFIED"]);
  });

  it("of two verdicts on the same revision at once, exactly one lands", async () => {
    const { articleId, userId, members, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("12 million euros") }, t.db);
    const codes = await Promise.all([
      codeOf(setClaimStatus({ userId, claimId: claim.id, revision: 1, status: "VERIFIED" }, t.db)),
      codeOf(setClaimStatus({ userId: members.EDITOR.id, claimId: claim.id, revision: 1, status: "DISPUTED" }, t.db)),
    ]);
    expect(codes.sort()).toEqual(["CONFLICT", "OK"]);
    const row = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.revision).toBe(2);
    expect(await t.db.claimEvent.count({ where: { claimId: claim.id, kind: "STATUS_CHANGED" } })).toBe(1);
  });
});

describe("claim writes with a listening webhook", () => {
  it("queue the delivery in the same transaction as the write", async () => {
    const { articleId, userId, span } = await setup({ webhookEvents: ["CLAIM_CREATED", "CLAIM_STATUS_CHANGED"] });
    const { result: claim, sql } = await statementsOf(() => createClaim({ userId, articleId, ...span("12 million euros") }, t.db));
    expect(sql).toContain("BEGIN");
    expect(claim).toEqual(await readClaimView(t.db, claim.id));
    const verified = await setClaimStatus({ userId, claimId: claim.id, revision: 1, status: "VERIFIED" }, t.db);
    expect(verified).toEqual(await readClaimView(t.db, claim.id));
    const deliveries = await t.db.webhookDelivery.findMany({ orderBy: { createdAt: "asc" }, where: { payload: { path: ["data", "claimId"], equals: claim.id } } });
    expect(deliveries.map((delivery) => delivery.event)).toEqual(["CLAIM_CREATED", "CLAIM_STATUS_CHANGED"]);
    expect(await t.db.claim.count({ where: { articleId } })).toBe(1);
    expect(await t.db.claimEvent.count({ where: { claimId: claim.id } })).toBe(2);
  });

  it("a webhook for other events leaves the write on its fast path", async () => {
    const { team, articleId, userId, span } = await setup({ webhookEvents: ["ARTICLE_VERSIONED"] });
    const { sql } = await statementsOf(() => createClaim({ userId, articleId, ...span("12 million euros") }, t.db));
    expect(sql).not.toContain("BEGIN");
    expect(await t.db.webhookDelivery.count({ where: { webhook: { teamId: team.id } } })).toBe(0);
  });
});
