import type { LivePresenceEvent } from "@/lib/live/events";
import { createPresenceStore } from "@/lib/live/presence";

const here = (over: Partial<LivePresenceEvent> = {}): LivePresenceEvent => ({
  kind: "presence",
  articleId: "a1",
  connectionId: "tab-ana-0001",
  user: { id: "ana", name: "Ana" },
  openClaimId: null,
  state: "here",
  at: 0,
  ...over,
});

function store() {
  const clock = { now: 1_000_000 };
  return { clock, store: createPresenceStore({ ttlMs: 45_000, now: () => clock.now }) };
}

describe("presence store", () => {
  it("lists each tab once, sorted by name, and reports only visible changes", () => {
    const { store: presence } = store();
    expect(presence.apply(here())).toBe(true);
    expect(presence.apply(here({ connectionId: "tab-bo-00001", user: { id: "bo", name: "Bo" } }))).toBe(true);
    expect(presence.apply(here({ at: 5 }))).toBe(false); // a heartbeat
    expect(presence.apply(here({ openClaimId: "c3" }))).toBe(true);
    expect(presence.list().map((entry) => [entry.user.name, entry.openClaimId])).toEqual([
      ["Ana", "c3"],
      ["Bo", null],
    ]);
  });

  it("expires a tab whose heartbeats stop after 45 s, and keeps one that beats", () => {
    const { clock, store: presence } = store();
    presence.apply(here());
    presence.apply(here({ connectionId: "tab-bo-00001", user: { id: "bo", name: "Bo" } }));
    clock.now += 30_000;
    presence.apply(here({ connectionId: "tab-bo-00001", user: { id: "bo", name: "Bo" } }));
    clock.now += 15_000;
    expect(presence.sweep()).toBe(false); // exactly 45 s is still fresh
    clock.now += 1;
    expect(presence.sweep()).toBe(true);
    expect(presence.list().map((entry) => entry.user.id)).toEqual(["bo"]);
  });

  it("removes a tab that left, and ignores a late heartbeat from its closed stream", () => {
    const { clock, store: presence } = store();
    presence.apply(here());
    expect(presence.apply(here({ state: "left" }))).toBe(true);
    expect(presence.apply(here())).toBe(false);
    expect(presence.list()).toEqual([]);
    expect(presence.apply(here({ state: "left" }))).toBe(false);
    // The memory of the departure expires too, so the map cannot grow without bound.
    clock.now += 46_000;
    presence.sweep();
    expect(presence.apply(here())).toBe(true);
  });

  it("keys tabs by user as well, so borrowing someone's connection id cannot replace or remove them", () => {
    const { store: presence } = store();
    presence.apply(here());
    presence.apply(here({ user: { id: "mallory", name: "Ana" }, openClaimId: "c9" }));
    presence.apply(here({ user: { id: "mallory", name: "Ana" }, state: "left" }));
    expect(presence.list()).toEqual([expect.objectContaining({ user: { id: "ana", name: "Ana" }, openClaimId: null })]);
    expect(presence.get("ana", "tab-ana-0001")).toBeDefined();
  });
});
