import { addSource } from "@/lib/claims/add-source";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { removeSource } from "@/lib/claims/remove-source";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { makeArticle, makeTeamWithMembers } from "@/lib/demo/factories";
import { announcePresence } from "@/lib/live/announce-presence";
import { claimsChangedSince } from "@/lib/live/claims-changed-since";
import { currentVersionEvent } from "@/lib/live/current-version-event";
import type { LiveEvent, LivePresenceEvent } from "@/lib/live/events";
import { createLiveHub, type LiveHub } from "@/lib/live/hub";
import type { PresenceEntry } from "@/lib/live/presence";
import { publishArticleEvent } from "@/lib/live/publish";
import { createLiveRooms } from "@/lib/live/rooms";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
const hubs: LiveHub[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.close()));
  await t.drop();
});

/** A hub as one app instance would have it, named so a test can find its backend. */
function instance(name: string): LiveHub {
  const hub = createLiveHub({ connectionString: t.url, applicationName: name, minDelayMs: 50, maxDelayMs: 200, log: () => {} });
  hubs.push(hub);
  return hub;
}

function collect(hub: LiveHub, articleId: string) {
  const events: LiveEvent[] = [];
  const gaps: number[] = [];
  hub.subscribe(articleId, { onEvent: (event) => events.push(event), onGap: (since) => gaps.push(since) });
  return { events, gaps };
}

async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function setup() {
  const { team, members } = await makeTeamWithMembers(t.db);
  const { articleId } = await makeArticle(t.db, { teamId: team.id, userId: members.EDITOR.id });
  return { team, members, articleId, userId: members.REVIEWER.id };
}

const presence = (articleId: string, over: Partial<LivePresenceEvent> = {}): LivePresenceEvent => ({
  kind: "presence",
  articleId,
  connectionId: "tab-aaaaaaaa",
  user: { id: "u1", name: "Ana" },
  openClaimId: null,
  state: "here",
  at: Date.now(),
  ...over,
});

describe("live notifications", () => {
  it("reach every instance when the transaction commits, and nobody when it rolls back", async () => {
    const { articleId, userId } = await setup();
    const [a, b] = [instance("live-a"), instance("live-b")];
    const [onA, onB] = [collect(a, articleId), collect(b, articleId)];
    await Promise.all([a.ready(), b.ready()]);
    const event = (claimId: string): LiveEvent => ({ kind: "claim", articleId, claimId, revision: 1, actorId: userId, change: "updated", at: Date.now() });

    await expect(
      t.db.$transaction(async (tx) => {
        await publishArticleEvent(tx, event("rolled-back"));
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    await t.db.$transaction((tx) => publishArticleEvent(tx, event("committed")));

    // Notifications arrive in commit order, so once "committed" is in, a rolled-back one would already be there.
    await until(() => onA.events.length > 0 && onB.events.length > 0, "both instances");
    for (const { events } of [onA, onB]) expect(events.map((e) => e.kind === "claim" && e.claimId)).toEqual(["committed"]);
  });

  it("announces every claim write made through the domain functions, with its article and revision", async () => {
    const { articleId, userId } = await setup();
    const hub = instance("live-writes");
    const { events } = collect(hub, articleId);
    const other = collect(hub, "another-article");
    await hub.ready();
    const claim = await createClaim({ userId, articleId, start: 4, end: 16 }, t.db);
    await setClaimStatus({ userId, claimId: claim.id, revision: 1, status: "VERIFIED" }, t.db);
    await updateClaimNote({ userId, claimId: claim.id, revision: 2, note: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Checked." }] }] } }, t.db);
    const withSource = await addSource({ userId, claimId: claim.id, url: "https://example.org/budget", title: null, publisher: null, relation: "SUPPORTS" }, t.db);
    await removeSource({ userId, sourceId: withSource.sources[0].id }, t.db);
    await deleteClaim({ userId, claimId: claim.id }, t.db);
    await deleteClaim({ userId, claimId: claim.id, restore: true }, t.db);
    await until(() => events.length === 7, "seven claim events");
    // Sources do not bump the revision: browsers must not order answers by revision alone.
    expect(events.map((event) => event.kind === "claim" && [event.change, event.revision])).toEqual([
      ["created", 1],
      ["updated", 2],
      ["updated", 3],
      ["updated", 3],
      ["updated", 3],
      ["deleted", 4],
      ["restored", 5],
    ]);
    expect(events.every((event) => event.kind === "claim" && event.articleId === articleId && event.claimId === claim.id && event.actorId === userId)).toBe(true);
    expect(other.events).toEqual([]);
    // A stream that missed them catches up from the history: one event per claim, as it now is.
    const caughtUp = await claimsChangedSince({ articleId, since: Date.now() - 60_000 }, t.db);
    expect(caughtUp).toEqual([expect.objectContaining({ claimId: claim.id, revision: 5, change: "restored" })]);
    await deleteClaim({ userId, claimId: claim.id }, t.db);
    expect(await claimsChangedSince({ articleId, since: Date.now() - 60_000 }, t.db)).toEqual([expect.objectContaining({ revision: 6, change: "deleted" })]);
  });

  it("announces a new version with who stored it, and tells a reconnecting stream the newest version", async () => {
    const { articleId, members } = await setup();
    const hub = instance("live-versions");
    const { events } = collect(hub, articleId);
    await hub.ready();
    const first = await currentVersionEvent({ articleId }, t.db);
    expect(first).toMatchObject({ kind: "version", articleId, number: 1, actor: null });

    const doc = paragraphsToDoc(["The council approved a budget of 14 million euros on Tuesday."]);
    const stored = await addArticleVersion({ userId: members.EDITOR.id, articleId, doc }, t.db);
    await until(() => events.length === 1, "the version event");
    expect(events[0]).toEqual({
      kind: "version",
      articleId,
      versionId: stored.versionId,
      number: 2,
      actor: { id: members.EDITOR.id, name: members.EDITOR.name },
      at: expect.any(Number),
    });
    expect(await currentVersionEvent({ articleId }, t.db)).toMatchObject({ versionId: stored.versionId, number: 2, actor: null });

    // A refused version (the same text again) announces nothing.
    await expect(addArticleVersion({ userId: members.EDITOR.id, articleId, doc }, t.db)).rejects.toMatchObject({ code: "CONFLICT" });
    await t.db.$transaction((tx) => publishArticleEvent(tx, presence(articleId)));
    await until(() => events.length === 2, "the probe after the refusal");
    expect(events[1].kind).toBe("presence");
    expect(await currentVersionEvent({ articleId: "no-such-article" }, t.db)).toBeNull();
  });

  it("stores a version from someone whose identity provider gave a very long name, and labels them briefly", async () => {
    const { articleId, members } = await setup();
    // Sign-up allows 100 characters; an identity provider's name is not bounded.
    await t.db.user.update({ where: { id: members.EDITOR.id }, data: { name: "N".repeat(300) } });
    const hub = instance("live-long-name");
    const { events } = collect(hub, articleId);
    await hub.ready();
    const doc = paragraphsToDoc(["The council approved a budget of 15 million euros on Wednesday."]);
    const stored = await addArticleVersion({ userId: members.EDITOR.id, articleId, doc }, t.db);
    expect(stored.number).toBe(2);
    await until(() => events.length === 1, "the version event");
    expect(events[0]).toMatchObject({ kind: "version", actor: { id: members.EDITOR.id, name: "N".repeat(100) } });
  });

  it("reconnects after its connection is terminated, reports the gap, and still delivers", async () => {
    const { articleId, userId } = await setup();
    const hub = instance("live-reconnect");
    const { events, gaps } = collect(hub, articleId);
    await hub.ready();
    const killed = await t.db.$queryRaw<{ ok: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'live-reconnect'`;
    expect(killed).toEqual([{ ok: true }]);
    await until(() => gaps.length === 1, "the gap report");
    await createClaim({ userId, articleId, start: 4, end: 16 }, t.db);
    await until(() => events.length === 1, "an event after reconnecting");
    expect(events[0]).toMatchObject({ kind: "claim", change: "created" });
  });
});

describe("presence", () => {
  it("shows a tab on every instance, expires it when its heartbeats stop, and removes it when its stream closes", async () => {
    const { articleId, members } = await setup();
    let clock = Date.now();
    const rooms = (name: string) => createLiveRooms({ hub: instance(name), client: t.db, now: () => clock });
    const [roomsA, roomsB] = [rooms("presence-a"), rooms("presence-b")];
    const seen = { a: [] as PresenceEntry[][], b: [] as PresenceEntry[][] };
    const handlers = (list: PresenceEntry[][]) => ({ onClaim: () => {}, onVersion: () => {}, onGap: () => {}, onPresence: (entries: PresenceEntry[]) => list.push(entries) });
    const ana = { connectionId: "tab-ana-0001", user: { id: members.REVIEWER.id, name: members.REVIEWER.name } };
    const bo = { connectionId: "tab-bo-00001", user: { id: members.VIEWER.id, name: members.VIEWER.name } };
    const onA = roomsA.join(articleId, ana, handlers(seen.a));
    const onB = roomsB.join(articleId, bo, handlers(seen.b));
    await Promise.all([onA.ready, onB.ready]);
    const latest = (list: PresenceEntry[][]) => list.at(-1) ?? [];

    const claim = await createClaim({ userId: ana.user.id, articleId, start: 4, end: 16 }, t.db);
    await announcePresence({ articleId, ...ana, openClaimId: claim.id }, t.db);
    await announcePresence({ articleId, ...bo, openClaimId: null }, t.db);
    await until(() => latest(seen.a).length === 2 && latest(seen.b).length === 2, "both tabs on both instances");
    expect(latest(seen.b).find((entry) => entry.connectionId === ana.connectionId)).toMatchObject({ user: ana.user, openClaimId: claim.id });
    // A claim of another article is refused, and announces nothing.
    await expect(announcePresence({ articleId: (await setup()).articleId, ...ana, openClaimId: claim.id }, t.db)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Bo's tab keeps beating, Ana's goes quiet: after 45 s only Bo is left.
    clock += 30_000;
    await announcePresence({ articleId, ...bo, openClaimId: claim.id }, t.db);
    await until(() => latest(seen.a).some((entry) => entry.connectionId === bo.connectionId && entry.openClaimId === claim.id), "Bo's heartbeat");
    clock += 20_000;
    roomsA.sweep();
    expect(latest(seen.a).map((entry) => entry.connectionId)).toEqual([bo.connectionId]);

    // Bo's stream on instance B closes: B announces it, and A drops Bo at once.
    onB.leave();
    await until(() => latest(seen.a).length === 0, "Bo leaving");
    // A late heartbeat from that closed stream does not bring Bo back.
    await announcePresence({ articleId, ...bo, openClaimId: null }, t.db);
    await publishArticleEvent(t.db, presence(articleId, { connectionId: "tab-probe-02", user: { id: "probe", name: null } }));
    await until(() => latest(seen.a).some((entry) => entry.connectionId === "tab-probe-02"), "the second probe");
    expect(latest(seen.a).map((entry) => entry.connectionId)).toEqual(["tab-probe-02"]);
    onA.leave();
  });

  it("gives a newly started instance the viewers other instances host", async () => {
    const { articleId, members } = await setup();
    const roomsA = createLiveRooms({ hub: instance("sync-a"), client: t.db });
    const ana = { connectionId: "tab-sync-ana", user: { id: members.REVIEWER.id, name: members.REVIEWER.name } };
    const quiet = { onClaim: () => {}, onVersion: () => {}, onGap: () => {}, onPresence: () => {} };
    const onA = roomsA.join(articleId, ana, quiet);
    await onA.ready;
    await announcePresence({ articleId, ...ana, openClaimId: null }, t.db);
    await new Promise((resolve) => setTimeout(resolve, 100));

    // Instance B starts watching after Ana's announcement: it asks, and A re-announces Ana.
    const seen: PresenceEntry[][] = [];
    const onB = createLiveRooms({ hub: instance("sync-b"), client: t.db }).join(
      articleId,
      { connectionId: "tab-sync-bo1", user: { id: members.VIEWER.id, name: null } },
      { ...quiet, onPresence: (entries) => seen.push(entries) },
    );
    await until(() => (seen.at(-1) ?? []).some((entry) => entry.connectionId === ana.connectionId), "Ana on instance B");
    onA.leave();
    onB.leave();
  });
});
