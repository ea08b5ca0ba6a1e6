import { addSource } from "@/lib/claims/add-source";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { removeSource } from "@/lib/claims/remove-source";
import { addSourceSchema, createClaimSchema, setStatusSchema } from "@/lib/claims/schemas";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function setup() {
  const { team, members } = await makeTeamWithMembers(t.db);
  const { articleId, versionId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id });
  const version = await t.db.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
  const userId = members.REVIEWER.id;
  const span = (words: string) => {
    const start = version.text.indexOf(words);
    return { start, end: start + words.length };
  };
  return { team, members, articleId, versionId, text: version.text, userId, span };
}

const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

describe("claims", () => {
  it("creates a claim on exactly the selected characters, with W3C selectors and a CREATED event", async () => {
    const { articleId, versionId, text, userId, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("12 million euros") }, t.db);
    expect(claim).toMatchObject({ exact: "12 million euros", status: "UNREVIEWED", revision: 1, versionId });
    expect(text.slice(claim.start, claim.end)).toBe("12 million euros");
    expect(claim.prefix).toBe(text.slice(Math.max(0, claim.start - 32), claim.start));
    const events = await t.db.claimEvent.findMany({ where: { claimId: claim.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "CREATED", actorId: userId });
  });

  it("lets claims overlap and span paragraphs", async () => {
    const { articleId, text, userId } = await setup();
    const across = { start: text.indexOf("Tuesday"), end: text.indexOf("The mayor said") + "The mayor said".length };
    const claim = await createClaim({ userId, articleId, ...across }, t.db);
    expect(claim.exact).toContain("\n\n");
    const inner = await createClaim({ userId, articleId, start: across.start, end: across.start + 7 }, t.db);
    expect(inner.exact).toBe("Tuesday");
  });

  it("refuses empty, blank and out-of-range spans and stores nothing", async () => {
    const { articleId, text, userId } = await setup();
    expect(createClaimSchema.safeParse({ articleId, start: 5, end: 5 }).success).toBe(false);
    expect(createClaimSchema.safeParse({ articleId, start: -1, end: 5 }).success).toBe(false);
    const before = await t.db.claim.count({ where: { articleId } });
    await expect(createClaim({ userId, articleId, start: 0, end: text.length + 1 }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const blank = text.indexOf("\n\n");
    await expect(createClaim({ userId, articleId, start: blank, end: blank + 2 }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createClaim({ userId, articleId: "missing", start: 0, end: 3 }, t.db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.claim.count({ where: { articleId } })).toBe(before);
    expect(await t.db.claimEvent.count({ where: { claim: { articleId } } })).toBe(before);
  });

  it("sets the status, bumps the revision and records before and after", async () => {
    const { articleId, userId, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("in 2027") }, t.db);
    const updated = await setClaimStatus({ userId, claimId: claim.id, revision: 1, status: "DISPUTED" }, t.db);
    expect(updated).toMatchObject({ status: "DISPUTED", revision: 2 });
    const event = await t.db.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, kind: "STATUS_CHANGED" } });
    expect(event).toMatchObject({ before: "UNREVIEWED", after: "DISPUTED", actorId: userId });
    expect(setStatusSchema.safeParse({ claimId: claim.id, revision: 2, status: "FALSE" }).success).toBe(false);
  });

  it("refuses a save based on a stale revision, tells who changed it, and writes nothing", async () => {
    const { articleId, userId, members, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("two years earlier") }, t.db);
    await setClaimStatus({ userId: members.EDITOR.id, claimId: claim.id, revision: 1, status: "VERIFIED" }, t.db);
    const stale = setClaimStatus({ userId, claimId: claim.id, revision: 1, status: "DISPUTED" }, t.db);
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining(members.EDITOR.name ?? "") });
    const row = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ status: "VERIFIED", revision: 2 });
    expect(await t.db.claimEvent.count({ where: { claimId: claim.id, kind: "STATUS_CHANGED" } })).toBe(1);
  });

  it("saves a rich-text note with its plain text, and refuses unsafe or oversized notes without writing", async () => {
    const { articleId, userId, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("no funding for maintenance") }, t.db);
    const saved = await updateClaimNote({ userId, claimId: claim.id, revision: 1, note: note("Budget page 14 shows a maintenance line.") }, t.db);
    expect(saved.noteText).toContain("maintenance line");
    expect(await t.db.claimEvent.count({ where: { claimId: claim.id, kind: "NOTE_CHANGED" } })).toBe(1);

    const scripted = { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] };
    await expect(updateClaimNote({ userId, claimId: claim.id, revision: 2, note: scripted }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const huge = note("x".repeat(101 * 1024));
    await expect(updateClaimNote({ userId, claimId: claim.id, revision: 2, note: huge }, t.db)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("100 KB"),
    });
    const row = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.revision).toBe(2);
    expect(row.noteText).toContain("maintenance line");
  });

  it("adds and removes sources with history, refusing non-http links and the 51st link", async () => {
    const { articleId, userId, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("The city council") }, t.db);
    const input = addSourceSchema.parse({ claimId: claim.id, url: "https://example.org/minutes", title: "Minutes", relation: "SUPPORTS" });
    const withSource = await addSource({ ...input, userId }, t.db);
    expect(withSource.sources).toHaveLength(1);
    expect(withSource.sources[0]).toMatchObject({ url: "https://example.org/minutes", relation: "SUPPORTS" });

    for (const url of ["javascript:alert(1)", "ftp://example.org/x", "data:text/html,hi", "not a url"]) {
      expect(addSourceSchema.safeParse({ claimId: claim.id, url, relation: "SUPPORTS" }).success).toBe(false);
    }
    for (let i = 1; i < 50; i++) await addSource({ ...input, url: `https://example.org/${i}`, userId }, t.db);
    await expect(addSource({ ...input, url: "https://example.org/51", userId }, t.db)).rejects.toMatchObject({ message: expect.stringContaining("50 sources") });
    expect(await t.db.sourceLink.count({ where: { claimId: claim.id } })).toBe(50);

    const removed = await removeSource({ userId, sourceId: withSource.sources[0].id }, t.db);
    expect(removed.sources).toHaveLength(49);
    const event = await t.db.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, kind: "SOURCE_REMOVED" } });
    expect(event.before).toMatchObject({ url: "https://example.org/minutes", title: "Minutes" });
  });

  it("deletes softly and restores, recording both", async () => {
    const { articleId, userId, span } = await setup();
    const claim = await createClaim({ userId, articleId, ...span("The mayor") }, t.db);
    const deleted = await deleteClaim({ userId, claimId: claim.id }, t.db);
    expect(deleted.deletedAt).not.toBeNull();
    expect(await t.db.claim.count({ where: { id: claim.id } })).toBe(1);
    await expect(deleteClaim({ userId, claimId: claim.id }, t.db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const restored = await deleteClaim({ userId, claimId: claim.id, restore: true }, t.db);
    expect(restored.deletedAt).toBeNull();
    const kinds = (await t.db.claimEvent.findMany({ where: { claimId: claim.id }, orderBy: { at: "asc" } })).map((e) => e.kind);
    expect(kinds).toEqual(["CREATED", "DELETED", "RESTORED"]);
  });
});
