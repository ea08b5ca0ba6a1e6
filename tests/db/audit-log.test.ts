/**
 * The claim history ("ClaimEvent") is append-only, enforced by the database itself (trigger from the
 * api_security_library migration): whatever path a write takes — the app's Prisma client, raw SQL through it, or a
 * plain connection — rewriting or erasing an entry is refused and leaves every row as it was. Adding entries, the
 * app's own flows and deleting a claim outright (its history goes with it by cascade) keep working.
 */
import { Client } from "pg";
import { createClaim } from "@/lib/claims/create-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
const tried: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  console.log(`Writes tried on "ClaimEvent":\n${tried.map((line) => `  - ${line}`).join("\n")}`);
  await t.drop();
});

/** A claim made and given a verdict through the app's own functions, so it has a CREATED and a STATUS_CHANGED entry. */
async function claimWithHistory() {
  const { team, members } = await makeTeamWithMembers(t.db);
  const { articleId, versionId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id });
  const { text } = await t.db.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
  const userId = members.REVIEWER.id;
  const start = text.indexOf("12 million euros");
  const claim = await createClaim({ userId, articleId, start, end: start + "12 million euros".length }, t.db);
  await setClaimStatus({ userId, claimId: claim.id, revision: claim.revision, status: "VERIFIED" }, t.db);
  return { claimId: claim.id, userId, articleId };
}

const historyOf = (claimId: string) => t.db.claimEvent.findMany({ where: { claimId }, orderBy: { id: "asc" } });

/** Runs one attempt, expects the trigger's refusal, and notes what happened for the summary printed at the end. */
async function expectRefused(what: string, operation: "UPDATE" | "DELETE" | "TRUNCATE", attempt: () => Promise<unknown>) {
  let failure: unknown;
  try {
    await attempt();
  } catch (error) {
    failure = error;
  }
  const message = failure instanceof Error ? failure.message : String(failure);
  tried.push(`${what} → ${failure ? `refused (${message.match(/ClaimEvent rows are append-only: \w+ refused/)?.[0] ?? message})` : "ALLOWED"}`);
  expect(failure).toBeDefined();
  expect(message).toContain(`ClaimEvent rows are append-only: ${operation} refused`);
}

describe("ClaimEvent is append-only", () => {
  it("the app's flows write their events: creating a claim and setting its status", async () => {
    const { claimId, userId } = await claimWithHistory();
    const history = await historyOf(claimId);
    expect(history.map((event) => event.kind).sort()).toEqual(["CREATED", "STATUS_CHANGED"]);
    expect(history.find((event) => event.kind === "STATUS_CHANGED")).toMatchObject({ actorId: userId, before: "UNREVIEWED", after: "VERIFIED" });
    tried.push("createClaim + setClaimStatus (the app's flows) → CREATED and STATUS_CHANGED written");
  });

  it("refuses update, delete, updateMany and deleteMany through the app's Prisma client, and changes no row", async () => {
    const { claimId } = await claimWithHistory();
    const before = await historyOf(claimId);
    const [first] = before;
    await expectRefused("prisma.claimEvent.update", "UPDATE", () => t.db.claimEvent.update({ where: { id: first.id }, data: { after: "FORGED" } }));
    await expectRefused("prisma.claimEvent.delete", "DELETE", () => t.db.claimEvent.delete({ where: { id: first.id } }));
    await expectRefused("prisma.claimEvent.updateMany", "UPDATE", () => t.db.claimEvent.updateMany({ where: { claimId }, data: { kind: "NOTE_CHANGED" } }));
    await expectRefused("prisma.claimEvent.deleteMany", "DELETE", () => t.db.claimEvent.deleteMany({ where: { claimId } }));
    await expectRefused("prisma.claimEvent.update inside $transaction", "UPDATE", () =>
      t.db.$transaction((tx) => tx.claimEvent.update({ where: { id: first.id }, data: { actorId: first.actorId, at: new Date(0) } })),
    );
    expect(await historyOf(claimId)).toEqual(before);
  });

  it("refuses UPDATE and DELETE in raw SQL, through Prisma and through a plain connection, and changes no row", async () => {
    const { claimId } = await claimWithHistory();
    const before = await historyOf(claimId);
    await expectRefused("$executeRaw UPDATE", "UPDATE", () => t.db.$executeRaw`UPDATE "ClaimEvent" SET "after" = '"FORGED"' WHERE "claimId" = ${claimId}`);
    await expectRefused("$executeRaw DELETE", "DELETE", () => t.db.$executeRaw`DELETE FROM "ClaimEvent" WHERE "claimId" = ${claimId}`);
    const plain = new Client({ connectionString: t.url });
    await plain.connect();
    try {
      await expectRefused("pg client UPDATE", "UPDATE", () => plain.query(`UPDATE "ClaimEvent" SET "at" = now() WHERE "claimId" = $1`, [claimId]));
      await expectRefused("pg client DELETE", "DELETE", () => plain.query(`DELETE FROM "ClaimEvent" WHERE "claimId" = $1`, [claimId]));
    } finally {
      await plain.end();
    }
    expect(await historyOf(claimId)).toEqual(before);
  });

  it("refuses TRUNCATE, which row triggers would not see", async () => {
    const { claimId } = await claimWithHistory();
    const before = await historyOf(claimId);
    await expectRefused('TRUNCATE "ClaimEvent"', "TRUNCATE", () => t.db.$executeRawUnsafe('TRUNCATE "ClaimEvent" CASCADE'));
    expect(await historyOf(claimId)).toEqual(before);
  });

  it("still accepts new entries, through the client and in raw SQL", async () => {
    const { claimId, userId } = await claimWithHistory();
    const count = (await historyOf(claimId)).length;
    await t.db.claimEvent.create({ data: { claimId, actorId: userId, kind: "NOTE_CHANGED", after: "appended by Prisma" } });
    await t.db.$executeRaw`INSERT INTO "ClaimEvent" (id, "claimId", "actorId", kind, after) VALUES (${`raw-${claimId}`}, ${claimId}, ${userId}, 'NOTE_CHANGED', '"appended in SQL"')`;
    const after = await historyOf(claimId);
    expect(after).toHaveLength(count + 2);
    expect(after.map((event) => event.after)).toEqual(expect.arrayContaining(["appended by Prisma", "appended in SQL"]));
    tried.push("prisma.claimEvent.create and raw INSERT → accepted");
  });

  it("lets a claim's history go with it when the claim or its article is deleted (cascade)", async () => {
    const { claimId, articleId } = await claimWithHistory();
    expect((await historyOf(claimId)).length).toBeGreaterThan(0);
    await t.db.claim.delete({ where: { id: claimId } });
    expect(await historyOf(claimId)).toEqual([]);
    const other = await claimWithHistory();
    await t.db.article.delete({ where: { id: other.articleId } });
    expect(await historyOf(other.claimId)).toEqual([]);
    expect(await t.db.article.count({ where: { id: articleId } })).toBe(1);
    tried.push("deleting the claim, or its article → the history goes with it (cascade allowed)");
  });
});
