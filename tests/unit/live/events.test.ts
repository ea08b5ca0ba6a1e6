import { parseLiveEvent, type LiveEvent } from "@/lib/live/events";

const claim: LiveEvent = { kind: "claim", articleId: "a1", claimId: "c1", revision: 3, actorId: "u1", change: "updated", at: 1_700_000_000_000 };
const presence: LiveEvent = {
  kind: "presence",
  articleId: "a1",
  connectionId: "0123456789abcdef",
  user: { id: "u1", name: "Ana Lima" },
  openClaimId: null,
  state: "here",
  at: 1_700_000_000_000,
};

const version: LiveEvent = { kind: "version", articleId: "a1", versionId: "v2", number: 2, actor: { id: "u1", name: "Ana Lima" }, at: 1_700_000_000_000 };

describe("parseLiveEvent", () => {
  it("reads back every kind of event as it was published", () => {
    for (const event of [claim, presence, version, { ...version, actor: null }, { kind: "presence-sync", articleId: "a1", from: "instance-1" } as const]) {
      expect(parseLiveEvent(JSON.stringify(event))).toEqual(event);
    }
  });

  it("drops what is not JSON, of an unknown kind, or malformed", () => {
    expect(parseLiveEvent("not json")).toBeNull();
    expect(parseLiveEvent("null")).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...claim, kind: "comment" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...claim, change: "approved" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...claim, revision: "3" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...claim, articleId: "" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...presence, connectionId: "bad id!" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...presence, state: "away" }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...presence, user: { id: "u1", name: "x".repeat(201) } }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...version, number: 0 }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ ...version, versionId: undefined }))).toBeNull();
  });
});
