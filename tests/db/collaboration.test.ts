import { randomUUID } from "node:crypto";
import { assertNotApproved } from "@/lib/activity/approval-rules";
import { getReviewState } from "@/lib/activity/get-review-state";
import { listArticleActivity } from "@/lib/activity/list-article-activity";
import { approveClaim } from "@/lib/claims/approve-claim";
import { assignClaim } from "@/lib/claims/assign-claim";
import { addSource } from "@/lib/claims/add-source";
import { assignUnreviewed } from "@/lib/claims/assign-unreviewed";
import { getClaimHistory } from "@/lib/claims/claim-history";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { reattachClaim } from "@/lib/claims/reattach-claim";
import { reopenClaim } from "@/lib/claims/reopen-claim";
import { restoreNote } from "@/lib/claims/restore-note";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { setClaimSummary } from "@/lib/claims/set-claim-summary";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { addComment } from "@/lib/comments/add-comment";
import { listComments } from "@/lib/comments/list-comments";
import { addMember, makeArticle, makeTeam, makeTeamWithMembers, makeUser } from "@/lib/demo/factories";
import { AppError } from "@/lib/errors/app-error";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { listMyQueue } from "@/lib/queue/list-my-queue";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function setup(options: { requireSecondReviewer?: boolean } = {}) {
  const { team, members } = await makeTeamWithMembers(t.db);
  if (options.requireSecondReviewer) await t.db.team.update({ where: { id: team.id }, data: { requireSecondReviewer: true } });
  const { articleId, versionId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id, title: "Council budget" });
  const version = await t.db.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
  const span = (words: string) => {
    const start = version.text.indexOf(words);
    return { start, end: start + words.length };
  };
  const claim = (words: string, userId = members.REVIEWER.id) => createClaim({ userId, articleId, ...span(words) }, t.db);
  return { team, members, articleId, claim };
}

const row = (claimId: string) => t.db.claim.findUniqueOrThrow({ where: { id: claimId } });
const events = (claimId: string, kind?: "ASSIGNED" | "APPROVED" | "REOPENED" | "COMMENTED" | "SUMMARY_CHANGED" | "NOTE_CHANGED" | "STATUS_CHANGED") =>
  t.db.claimEvent.findMany({ where: { claimId, kind }, orderBy: { at: "asc" } });
const notificationsOf = (userId: string) => t.db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("assigning claims", () => {
  it("assigns to a member with an event and a notification, bumping the revision", async () => {
    const { members, claim } = await setup();
    const c = await claim("12 million euros");
    const assigned = await assignClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 1, assigneeId: members.REVIEWER.id }, t.db);
    expect(assigned).toMatchObject({ revision: 2, assignee: { id: members.REVIEWER.id } });
    const [event] = await events(c.id, "ASSIGNED");
    expect(event).toMatchObject({ actorId: members.EDITOR.id, before: null, after: { id: members.REVIEWER.id, name: members.REVIEWER.name } });
    const [notification] = await notificationsOf(members.REVIEWER.id);
    expect(notification).toMatchObject({ kind: "ASSIGNED", actorId: members.EDITOR.id, claimId: c.id, readAt: null });
    expect(notification.message).toContain("12 million euros");
    expect(notification.message).toContain("Council budget");
  });

  it("does not notify someone who assigns a claim to themselves, and records unassigning", async () => {
    const { members, claim } = await setup();
    const c = await claim("in 2027");
    await assignClaim({ userId: members.REVIEWER.id, claimId: c.id, revision: 1, assigneeId: members.REVIEWER.id }, t.db);
    expect(await notificationsOf(members.REVIEWER.id)).toHaveLength(0);
    const unassigned = await assignClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 2, assigneeId: null }, t.db);
    expect(unassigned).toMatchObject({ assignee: null, revision: 3 });
    const history = await getClaimHistory({ claimId: c.id }, t.db);
    expect(history.map((e) => e.line)).toEqual(
      expect.arrayContaining([`${members.REVIEWER.name} took it on`, `${members.EDITOR.name} unassigned ${members.REVIEWER.name}`]),
    );
  });

  it("refuses a non-member as assignee, naming them only to someone who shares a team with them, and writes nothing", async () => {
    const { members, claim } = await setup();
    const c = await claim("The city council");
    const stranger = await makeUser(t.db, { name: "Stranger Sam" });
    await expect(assignClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 1, assigneeId: stranger.id }, t.db)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "That person is not a member of this team.",
    });
    // Someone the editor knows from another team is named.
    const other = await makeTeam(t.db);
    const colleague = await makeUser(t.db, { name: "Colleague Cleo" });
    await addMember(t.db, other.id, colleague.id, "REVIEWER");
    await addMember(t.db, other.id, members.EDITOR.id, "EDITOR");
    await expect(assignClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 1, assigneeId: colleague.id }, t.db)).rejects.toMatchObject({
      message: "Colleague Cleo is not a member of this team.",
    });
    expect(await row(c.id)).toMatchObject({ assigneeId: null, revision: 1 });
    expect(await events(c.id, "ASSIGNED")).toHaveLength(0);
    expect(await t.db.notification.count({ where: { userId: { in: [stranger.id, colleague.id] } } })).toBe(0);
  });

  it("assigns every open claim of an article at once, with one summarising notification", async () => {
    const { members, claim, articleId } = await setup();
    const open1 = await claim("12 million euros");
    const open2 = await claim("in 2027");
    const verified = await claim("The mayor");
    await setClaimStatus({ userId: members.REVIEWER.id, claimId: verified.id, revision: 1, status: "VERIFIED" }, t.db);
    const taken = await claim("Critics say");
    await assignClaim({ userId: members.EDITOR.id, claimId: taken.id, revision: 1, assigneeId: members.OWNER.id }, t.db);
    const deleted = await claim("no funding");
    await deleteClaim({ userId: members.EDITOR.id, claimId: deleted.id }, t.db);

    const result = await assignUnreviewed({ userId: members.EDITOR.id, articleId, assigneeId: members.REVIEWER.id }, t.db);
    expect(result.count).toBe(2);
    expect(result.claims.map((c) => c.id).sort()).toEqual([open1.id, open2.id].sort());
    expect(result.claims.every((c) => c.assignee?.id === members.REVIEWER.id && c.revision === 2)).toBe(true);
    expect((await row(taken.id)).assigneeId).toBe(members.OWNER.id);
    expect((await row(verified.id)).assigneeId).toBeNull();
    expect((await row(deleted.id)).assigneeId).toBeNull();
    expect(await events(open1.id, "ASSIGNED")).toHaveLength(1);
    const mine = await notificationsOf(members.REVIEWER.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: "ASSIGNED", articleId, claimId: null });
    expect(mine[0].message).toContain("2 unreviewed claims");

    const again = await assignUnreviewed({ userId: members.EDITOR.id, articleId, assigneeId: members.REVIEWER.id }, t.db);
    expect(again.count).toBe(0);
    expect(await notificationsOf(members.REVIEWER.id)).toHaveLength(1);
    const outsider = await makeUser(t.db);
    await expect(assignUnreviewed({ userId: members.EDITOR.id, articleId, assigneeId: outsider.id }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("approving claims", () => {
  it("refuses to approve an unreviewed claim", async () => {
    const { members, claim } = await setup();
    const c = await claim("12 million euros");
    await expect(approveClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 1 }, t.db)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Only a reviewed claim can be approved: give it a verdict first.",
    });
    expect((await row(c.id)).approvedAt).toBeNull();
  });

  it("approves a reviewed claim once, recording who and when, and refuses a second approval", async () => {
    const { members, claim } = await setup();
    const c = await claim("12 million euros");
    await setClaimStatus({ userId: members.REVIEWER.id, claimId: c.id, revision: 1, status: "VERIFIED" }, t.db);
    const approved = await approveClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 2 }, t.db);
    expect(approved.revision).toBe(3);
    const stored = await row(c.id);
    expect(stored.approvedById).toBe(members.EDITOR.id);
    expect(stored.approvedAt).toBeInstanceOf(Date);
    const [event] = await events(c.id, "APPROVED");
    expect(event).toMatchObject({ actorId: members.EDITOR.id, after: { status: "VERIFIED", reviewerId: members.REVIEWER.id } });

    await expect(approveClaim({ userId: members.OWNER.id, claimId: c.id, revision: 3 }, t.db)).rejects.toMatchObject({ code: "CONFLICT", message: "This claim is already approved." });
    expect(await events(c.id, "APPROVED")).toHaveLength(1);
    expect((await row(c.id)).approvedById).toBe(members.EDITOR.id);
  });

  it("requires a second reviewer when the team says so", async () => {
    const { members, claim } = await setup({ requireSecondReviewer: true });
    const c = await claim("in 2027");
    await setClaimStatus({ userId: members.EDITOR.id, claimId: c.id, revision: 1, status: "DISPUTED" }, t.db);
    const state = await getReviewState({ claimId: c.id, userId: members.EDITOR.id }, t.db);
    expect(state).toMatchObject({ requireSecondReviewer: true, lastReviewer: { id: members.EDITOR.id } });
    expect(state.approveBlocker).toContain("second reviewer");
    await expect(approveClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 2 }, t.db)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "This team requires a second reviewer: someone other than you must approve this claim.",
    });
    expect((await row(c.id)).approvedAt).toBeNull();
    expect((await getReviewState({ claimId: c.id, userId: members.OWNER.id }, t.db)).approveBlocker).toBeNull();
    await approveClaim({ userId: members.OWNER.id, claimId: c.id, revision: 2 }, t.db);
    expect((await row(c.id)).approvedById).toBe(members.OWNER.id);
  });

  it("lets the reviewer approve their own verdict when the team does not require a second reviewer", async () => {
    const { members, claim } = await setup();
    const c = await claim("The mayor");
    await setClaimStatus({ userId: members.EDITOR.id, claimId: c.id, revision: 1, status: "VERIFIED" }, t.db);
    await expect(approveClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 2 }, t.db)).resolves.toMatchObject({ revision: 3 });
  });

  it("locks an approved claim against writes until an editor reopens it, with both steps in the history", async () => {
    const { members, claim } = await setup();
    const c = await claim("Critics say");
    await updateClaimNote({ userId: members.REVIEWER.id, claimId: c.id, revision: 1, note: note("First note") }, t.db);
    await setClaimStatus({ userId: members.REVIEWER.id, claimId: c.id, revision: 2, status: "UNSOURCED" }, t.db);
    await approveClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 3 }, t.db);
    const locked = { code: "CONFLICT", message: "This claim is approved and locked. An editor can reopen it." };

    expect(() => assertNotApproved({ approvedAt: new Date() })).toThrow(AppError);
    expect(() => assertNotApproved({ approvedAt: null })).not.toThrow();
    await expect(row(c.id).then(assertNotApproved)).rejects.toMatchObject(locked);
    await expect(assignClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 4, assigneeId: members.REVIEWER.id }, t.db)).rejects.toMatchObject(locked);
    await expect(setClaimSummary({ userId: members.EDITOR.id, claimId: c.id, revision: 4, summary: "Critics" }, t.db)).rejects.toMatchObject(locked);
    const [noteEvent] = await events(c.id, "NOTE_CHANGED");
    await expect(restoreNote({ userId: members.EDITOR.id, claimId: c.id, revision: 4, eventId: noteEvent.id }, t.db)).rejects.toMatchObject(locked);
    // The review loop's own writes are locked too: verdict, note, sources, span and deletion.
    const reviewer = members.REVIEWER.id;
    await expect(setClaimStatus({ userId: reviewer, claimId: c.id, revision: 4, status: "VERIFIED" }, t.db)).rejects.toMatchObject(locked);
    await expect(updateClaimNote({ userId: reviewer, claimId: c.id, revision: 4, note: note("Changed") }, t.db)).rejects.toMatchObject(locked);
    await expect(addSource({ userId: reviewer, claimId: c.id, url: "https://example.org/a", title: null, publisher: null, relation: "SUPPORTS" }, t.db)).rejects.toMatchObject(locked);
    await expect(reattachClaim({ userId: reviewer, claimId: c.id, revision: 4, start: 0, end: 3, reason: "selected" }, t.db)).rejects.toMatchObject(locked);
    await expect(deleteClaim({ userId: reviewer, claimId: c.id }, t.db)).rejects.toMatchObject(locked);
    expect(await t.db.sourceLink.count({ where: { claimId: c.id } })).toBe(0);
    expect((await row(c.id)).deletedAt).toBeNull();
    expect(await row(c.id)).toMatchObject({ revision: 4, assigneeId: null, claimSummary: null });

    await expect(reopenClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 3 }, t.db)).rejects.toMatchObject({ code: "CONFLICT" });
    const reopened = await reopenClaim({ userId: members.OWNER.id, claimId: c.id, revision: 4 }, t.db);
    expect(reopened.revision).toBe(5);
    expect(await row(c.id)).toMatchObject({ approvedAt: null, approvedById: null });
    const [reopen] = await events(c.id, "REOPENED");
    expect(reopen).toMatchObject({ actorId: members.OWNER.id, before: { approvedBy: { id: members.EDITOR.id } } });
    await expect(reopenClaim({ userId: members.OWNER.id, claimId: c.id, revision: 5 }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(setClaimSummary({ userId: members.EDITOR.id, claimId: c.id, revision: 5, summary: "Critics say" }, t.db)).resolves.toMatchObject({ revision: 6 });
    const lines = (await getClaimHistory({ claimId: c.id }, t.db)).map((e) => e.line);
    expect(lines).toEqual(expect.arrayContaining([`${members.EDITOR.name} approved it as Unsourced`, `${members.OWNER.name} reopened it for changes`]));
  });
});

describe("claim summary", () => {
  it("stores one trimmed line of at most 75 characters, clears on empty, and records each change", async () => {
    const { members, claim } = await setup();
    const c = await claim("12 million euros");
    const userId = members.REVIEWER.id;
    const saved = await setClaimSummary({ userId, claimId: c.id, revision: 1, summary: "  The council approved\n a 12m budget  " }, t.db);
    expect(saved.revision).toBe(2);
    expect((await row(c.id)).claimSummary).toBe("The council approved a 12m budget");
    await expect(setClaimSummary({ userId, claimId: c.id, revision: 2, summary: "x".repeat(76) }, t.db)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("75 characters (it has 76)"),
    });
    await expect(setClaimSummary({ userId, claimId: c.id, revision: 2, summary: `${"é".repeat(75)}  ` }, t.db)).resolves.toMatchObject({ revision: 3 });
    await setClaimSummary({ userId, claimId: c.id, revision: 3, summary: "   " }, t.db);
    expect((await row(c.id)).claimSummary).toBeNull();
    // Saving the same summary again is not a change.
    await setClaimSummary({ userId, claimId: c.id, revision: 4, summary: "" }, t.db);
    const changes = await events(c.id, "SUMMARY_CHANGED");
    expect(changes.map((e) => e.after)).toEqual(["The council approved a 12m budget", "é".repeat(75), null]);
    await expect(setClaimSummary({ userId, claimId: c.id, revision: 1, summary: "Stale" }, t.db)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("comments and mentions", () => {
  async function thread() {
    const base = await setup();
    // E-mail addresses are unique across the database; the names before the @ need only be unique in a team.
    const domain = `${randomUUID().slice(0, 8)}.test`;
    const ana = await makeUser(t.db, { name: "Ana Lopez", email: `ana.lopez@${domain}` });
    const ben = await makeUser(t.db, { name: "Ben", email: `b.okafor@${domain}` });
    await addMember(t.db, base.team.id, ana.id, "REVIEWER");
    await addMember(t.db, base.team.id, ben.id, "EDITOR");
    const c = await base.claim("12 million euros");
    return { ...base, ana, ben, c };
  }

  it("notifies mentioned members (by name, e-mail name or one-word name) and records a COMMENTED event", async () => {
    const { ana, ben, members, c } = await thread();
    const comment = await addComment({ userId: members.REVIEWER.id, claimId: c.id, body: "@[ana lopez] can you check? cc @b.okafor. Mail press@city.gov" }, t.db);
    expect(comment.mentions.map((m) => m.id).sort()).toEqual([ana.id, ben.id].sort());
    expect((await t.db.claimComment.findUniqueOrThrow({ where: { id: comment.id } })).mentionIds.sort()).toEqual([ana.id, ben.id].sort());
    const [anaNote] = await notificationsOf(ana.id);
    expect(anaNote).toMatchObject({ kind: "MENTION", actorId: members.REVIEWER.id, claimId: c.id });
    expect(anaNote.message).toContain("mentioned you");
    expect(await notificationsOf(ben.id)).toHaveLength(1);
    const [event] = await events(c.id, "COMMENTED");
    expect(event).toMatchObject({ actorId: members.REVIEWER.id, after: { commentId: comment.id, mentions: 2 } });

    await addComment({ userId: ana.id, claimId: c.id, body: "Done, thanks @Ben" }, t.db);
    expect((await notificationsOf(ben.id)).map((n) => n.kind)).toEqual(["MENTION", "MENTION"]);
  });

  it("notifies earlier participants of a reply, but not the author and not twice when also mentioned", async () => {
    const { ana, ben, members, c } = await thread();
    await addComment({ userId: ana.id, claimId: c.id, body: "Budget page 14 says otherwise." }, t.db);
    await addComment({ userId: ben.id, claimId: c.id, body: "Agreed." }, t.db);
    await addComment({ userId: ana.id, claimId: c.id, body: "Following up." }, t.db);
    await addComment({ userId: members.REVIEWER.id, claimId: c.id, body: "@[Ana Lopez] which budget?" }, t.db);
    expect((await notificationsOf(ana.id)).map((n) => n.kind)).toEqual(["REPLY", "MENTION"]);
    expect((await notificationsOf(ben.id)).map((n) => n.kind)).toEqual(["REPLY", "REPLY"]);
    expect(await notificationsOf(members.REVIEWER.id)).toHaveLength(0);
    const listed = await listComments({ claimId: c.id }, t.db);
    expect(listed.map((x) => x.body)).toEqual(["Budget page 14 says otherwise.", "Agreed.", "Following up.", "@[Ana Lopez] which budget?"]);
    expect(listed[3].mentions).toEqual([{ id: ana.id, name: "Ana Lopez" }]);
  });

  it("refuses to mention a non-member, and refuses empty or oversized comments, writing nothing", async () => {
    const { members, c } = await thread();
    const outsider = await makeUser(t.db, { name: "Olga Outside", email: `olga@${randomUUID().slice(0, 8)}.test` });
    await expect(addComment({ userId: members.REVIEWER.id, claimId: c.id, body: "Ask @[Olga Outside]" }, t.db)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Olga Outside is not a member of this team; only members can be mentioned.",
    });
    await expect(addComment({ userId: members.REVIEWER.id, claimId: c.id, body: "Ask @olga" }, t.db)).rejects.toMatchObject({
      message: "olga is not a member of this team; only members can be mentioned.",
    });
    await expect(addComment({ userId: members.REVIEWER.id, claimId: c.id, body: "   " }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(addComment({ userId: members.REVIEWER.id, claimId: c.id, body: "x".repeat(5001) }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(addComment({ userId: members.REVIEWER.id, claimId: c.id, body: "y".repeat(5000) }, t.db)).resolves.toBeDefined();
    expect(await t.db.claimComment.count({ where: { claimId: c.id } })).toBe(1);
    expect(await events(c.id, "COMMENTED")).toHaveLength(1);
    expect(await notificationsOf(outsider.id)).toHaveLength(0);
  });

  it("allows discussion on an approved claim", async () => {
    const { members, c } = await thread();
    await setClaimStatus({ userId: members.REVIEWER.id, claimId: c.id, revision: 1, status: "VERIFIED" }, t.db);
    await approveClaim({ userId: members.EDITOR.id, claimId: c.id, revision: 2 }, t.db);
    await expect(addComment({ userId: members.REVIEWER.id, claimId: c.id, body: "Should we reopen this?" }, t.db)).resolves.toBeDefined();
    expect((await row(c.id)).revision).toBe(3);
  });
});

describe("notifications", () => {
  it("lists unread first, newest first, counts unread, and marks one or all read for their owner only", async () => {
    const { team, members, articleId } = await setup();
    const base = { teamId: team.id, actorId: members.EDITOR.id, articleId, kind: "MENTION" as const };
    const userId = members.REVIEWER.id;
    const start = Date.now() - 60_000;
    for (let i = 0; i < 4; i++) {
      await t.db.notification.create({ data: { ...base, userId, message: `n${i}`, createdAt: new Date(start + i * 1000), readAt: i === 3 ? new Date() : null } });
    }
    await t.db.notification.create({ data: { ...base, userId: members.OWNER.id, message: "not yours", createdAt: new Date(start) } });
    expect(await countUnreadNotifications({ userId }, t.db)).toBe(3);
    expect((await listNotifications({ userId }, t.db)).map((n) => n.message)).toEqual(["n2", "n1", "n0", "n3"]);
    expect((await listNotifications({ userId, limit: 2 }, t.db)).map((n) => n.message)).toEqual(["n2", "n1"]);
    expect((await listNotifications({ userId }, t.db))[0].href).toBe(`/articles/${articleId}`);

    const [n1] = await t.db.notification.findMany({ where: { userId, message: "n1" } });
    const read = await markNotificationRead({ userId, notificationId: n1.id }, t.db);
    expect(read.readAt).toEqual(expect.any(String));
    expect(await countUnreadNotifications({ userId }, t.db)).toBe(2);
    expect((await listNotifications({ userId }, t.db)).map((n) => n.message)).toEqual(["n2", "n0", "n3", "n1"]);

    const [theirs] = await t.db.notification.findMany({ where: { userId: members.OWNER.id } });
    await expect(markNotificationRead({ userId, notificationId: theirs.id }, t.db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();

    expect(await markAllNotificationsRead({ userId }, t.db)).toEqual({ count: 2 });
    expect(await countUnreadNotifications({ userId }, t.db)).toBe(0);
    expect(await countUnreadNotifications({ userId: members.OWNER.id }, t.db)).toBe(1);
  });

  it("hides the notifications of a team the user has left", async () => {
    const { team, members, articleId } = await setup();
    await t.db.notification.create({ data: { teamId: team.id, actorId: members.EDITOR.id, userId: members.VIEWER.id, articleId, kind: "REPLY", message: "old team" } });
    expect(await countUnreadNotifications({ userId: members.VIEWER.id }, t.db)).toBe(1);
    await t.db.membership.delete({ where: { teamId_userId: { teamId: team.id, userId: members.VIEWER.id } } });
    expect(await countUnreadNotifications({ userId: members.VIEWER.id }, t.db)).toBe(0);
    expect(await listNotifications({ userId: members.VIEWER.id }, t.db)).toEqual([]);
  });
});

describe("my queue", () => {
  it("lists open claims assigned to me across my teams, longest-assigned first, with article title and link", async () => {
    const first = await setup();
    const me = first.members.REVIEWER;
    const second = await setup();
    await addMember(t.db, second.team.id, me.id, "REVIEWER");
    const a = await first.claim("12 million euros");
    const b = await second.claim("in 2027");
    const c = await first.claim("The mayor");
    const approved = await first.claim("Critics say");
    const deleted = await first.claim("no funding");
    const someoneElse = await first.claim("The city council");
    const assign = async (claimId: string, revision: number, assigneeId: string, userId = first.members.EDITOR.id) => {
      await assignClaim({ userId, claimId, revision, assigneeId }, t.db);
      await sleep(15);
    };
    await assign(c.id, 1, me.id);
    await assign(b.id, 1, me.id, second.members.EDITOR.id);
    await assign(a.id, 1, me.id);
    await assign(approved.id, 1, me.id);
    await assign(deleted.id, 1, me.id);
    await assign(someoneElse.id, 1, first.members.OWNER.id);
    await setClaimStatus({ userId: me.id, claimId: approved.id, revision: 2, status: "VERIFIED" }, t.db);
    await approveClaim({ userId: first.members.EDITOR.id, claimId: approved.id, revision: 3 }, t.db);
    await deleteClaim({ userId: first.members.EDITOR.id, claimId: deleted.id }, t.db);
    // Working on a claim does not push it back in the queue: the order follows assignment, not the last edit.
    await setClaimStatus({ userId: me.id, claimId: c.id, revision: 2, status: "DISPUTED" }, t.db);

    const queue = await listMyQueue({ userId: me.id }, t.db);
    expect(queue.map((q) => q.claimId)).toEqual([c.id, b.id, a.id]);
    expect(queue[0]).toMatchObject({
      excerpt: "The mayor",
      status: "DISPUTED",
      article: { id: first.articleId, title: "Council budget" },
      team: { id: first.team.id },
      href: `/articles/${first.articleId}?claim=${c.id}`,
      assignedBy: { id: first.members.EDITOR.id },
    });
    expect(queue[1].team.id).toBe(second.team.id);

    // Re-assigning moves a claim to the back; leaving a team empties its part of the queue.
    await assignClaim({ userId: first.members.EDITOR.id, claimId: c.id, revision: 3, assigneeId: first.members.OWNER.id }, t.db);
    await sleep(15);
    await assignClaim({ userId: first.members.EDITOR.id, claimId: c.id, revision: 4, assigneeId: me.id }, t.db);
    expect((await listMyQueue({ userId: me.id }, t.db)).map((q) => q.claimId)).toEqual([b.id, a.id, c.id]);
    await t.db.membership.delete({ where: { teamId_userId: { teamId: second.team.id, userId: me.id } } });
    expect((await listMyQueue({ userId: me.id }, t.db)).map((q) => q.claimId)).toEqual([a.id, c.id]);
  });
});

describe("claim history and activity", () => {
  it("tells the claim's story in readable lines, with note diffs and comments in between", async () => {
    const { members, claim, articleId } = await setup();
    const ana = members.REVIEWER;
    const c = await claim("12 million euros", ana.id);
    const step = async <T>(run: () => Promise<T>) => {
      await sleep(10);
      return run();
    };
    await step(() => setClaimStatus({ userId: ana.id, claimId: c.id, revision: 1, status: "DISPUTED" }, t.db));
    await step(() => updateClaimNote({ userId: ana.id, claimId: c.id, revision: 2, note: note("The budget is 12 million.") }, t.db));
    await step(() => addComment({ userId: members.EDITOR.id, claimId: c.id, body: "Which page?" }, t.db));
    await step(() => updateClaimNote({ userId: members.EDITOR.id, claimId: c.id, revision: 3, note: note("The budget is 14 million.") }, t.db));
    await step(() => setClaimSummary({ userId: ana.id, claimId: c.id, revision: 4, summary: "Council budget is 12m euros" }, t.db));
    await step(() => setClaimStatus({ userId: members.EDITOR.id, claimId: c.id, revision: 5, status: "VERIFIED" }, t.db));

    const history = await getClaimHistory({ claimId: c.id }, t.db);
    const a = ana.name;
    const e = members.EDITOR.name;
    expect(history.map((h) => h.line)).toEqual([
      `${a} marked “12 million euros” as a claim`,
      `${a} marked it Disputed`,
      `${a} wrote the note`,
      `${e} commented`,
      `${e} edited the note`,
      `${a} set the summary to “Council budget is 12m euros”`,
      `${e} marked it Verified (was Disputed)`,
    ]);
    expect(history[3]).toMatchObject({ kind: "COMMENT", body: "Which page?", actor: { id: members.EDITOR.id } });
    const edit = history[4];
    expect(edit.diff).toEqual([
      { op: "equal", text: "The budget is " },
      { op: "delete", text: "12" },
      { op: "insert", text: "14" },
      { op: "equal", text: " million." },
    ]);
    // The current note cannot be "restored"; the earlier one can.
    expect(history[2].restorable).toBe(true);
    expect(edit.restorable).toBe(false);

    const restored = await restoreNote({ userId: ana.id, claimId: c.id, revision: 6, eventId: history[2].id }, t.db);
    expect(restored).toMatchObject({ noteText: "The budget is 12 million.", revision: 7 });
    const [last] = (await getClaimHistory({ claimId: c.id }, t.db)).slice(-1);
    expect(last).toMatchObject({ kind: "NOTE_CHANGED", line: `${a} restored an earlier note`, restorable: false });
    const noteEvents = await events(c.id, "NOTE_CHANGED");
    expect(noteEvents).toHaveLength(3);
    expect(noteEvents[2].before).toEqual(note("The budget is 14 million."));
    await expect(restoreNote({ userId: ana.id, claimId: c.id, revision: 7, eventId: history[2].id }, t.db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(restoreNote({ userId: ana.id, claimId: c.id, revision: 6, eventId: history[4].id }, t.db)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(restoreNote({ userId: ana.id, claimId: c.id, revision: 7, eventId: history[1].id }, t.db)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const activity = await listArticleActivity({ articleId, limit: 3 }, t.db);
    // The feed reads events one by one, so a restore reads as the note edit it is.
    expect(activity.map((x) => x.line)).toEqual([`${a} edited the note`, `${e} marked it Verified (was Disputed)`, `${a} set the summary to “Council budget is 12m euros”`]);
    expect(activity[0].claim).toEqual({ id: c.id, excerpt: "12 million euros", deleted: false });
  });
});

describe("concurrent writes to one claim", () => {
  it("lets exactly one of 20 simultaneous writers with the same revision win; the others get a CONFLICT", async () => {
    const { team, claim } = await setup();
    const c = await claim("12 million euros");
    const writers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const user = await makeUser(t.db, { name: `Writer ${i}` });
        await addMember(t.db, team.id, user.id, "REVIEWER");
        return user;
      }),
    );
    const statuses = ["VERIFIED", "DISPUTED", "UNSOURCED"] as const;
    const results = await Promise.allSettled(
      writers.map((w, i) => setClaimStatus({ userId: w.id, claimId: c.id, revision: 1, status: statuses[i % 3] }, t.db)),
    );
    const accepted = results.flatMap((r, i) => (r.status === "fulfilled" ? [{ writer: writers[i], claim: r.value }] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as AppError] : []));
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const error of refused) {
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe("CONFLICT");
      expect((error.details as { current: { revision: number } }).current.revision).toBe(2);
    }
    const stored = await row(c.id);
    expect(stored).toMatchObject({ revision: 2, status: accepted[0].claim.status, updatedById: accepted[0].writer.id });
    const changes = await events(c.id, "STATUS_CHANGED");
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ actorId: accepted[0].writer.id, before: "UNREVIEWED", after: accepted[0].claim.status });
  });

  it("never loses a write: 20 writers retrying on CONFLICT all land, each on the one before", async () => {
    const { members, claim } = await setup();
    const c = await claim("in 2027");
    let conflicts = 0;
    const write = async (i: number) => {
      let revision = 1;
      for (let attempt = 0; attempt < 60; attempt++) {
        try {
          return await updateClaimNote({ userId: members.REVIEWER.id, claimId: c.id, revision, note: note(`Writer ${i}`) }, t.db);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
          conflicts++;
          revision = (error.details as { current: { revision: number } }).current.revision;
        }
      }
      throw new Error(`writer ${i} never got through`);
    };
    const saved = await Promise.all(Array.from({ length: 20 }, (_, i) => write(i)));
    // Each accepted write took its own revision.
    expect(new Set(saved.map((s) => s.revision)).size).toBe(20);
    expect(conflicts).toBeGreaterThan(0);
    const stored = await row(c.id);
    expect(stored.revision).toBe(21);
    const history = await events(c.id, "NOTE_CHANGED");
    expect(history).toHaveLength(20);
    const text = (value: unknown) => (value === null ? null : (value as ReturnType<typeof note>).content[0].content[0].text);
    const afters = history.map((e) => text(e.after));
    const befores = history.map((e) => text(e.before));
    expect(new Set(afters)).toEqual(new Set(Array.from({ length: 20 }, (_, i) => `Writer ${i}`)));
    // One unbroken chain: every write was based on the one accepted before it, so none was silently overwritten.
    const finalText = text(stored.note);
    expect(new Set(befores)).toEqual(new Set([null, ...afters.filter((a) => a !== finalText)]));
    expect(new Set(befores).size).toBe(20);
  });
});
