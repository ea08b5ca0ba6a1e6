import type { LiveClaimEvent, LiveVersionEvent } from "@/lib/live/events";
import { liveEventStream, REPLAY_MARGIN_MS } from "@/lib/live/live-event-stream";
import type { LiveRooms, RoomHandlers } from "@/lib/live/rooms";

const claimEvent = (claimId: string): LiveClaimEvent => ({ kind: "claim", articleId: "a1", claimId, revision: 2, actorId: "u2", change: "updated", at: 5 });

function fakeRooms() {
  const state = { handlers: undefined as RoomHandlers | undefined, left: 0 };
  const rooms: LiveRooms = {
    join: (_articleId, _viewer, handlers) => {
      state.handlers = handlers;
      handlers.onPresence([]);
      return { ready: Promise.resolve(), leave: () => void state.left++ };
    },
    sweep: () => {},
  };
  return { rooms, state };
}

const versionEvent = (number: number, actor: LiveVersionEvent["actor"]): LiveVersionEvent => ({ kind: "version", articleId: "a1", versionId: `v${number}`, number, actor, at: 7 });

const onShutdown = () => () => {};

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: { value: string }, needle: string) {
  const decoder = new TextDecoder();
  while (!text.value.includes(needle)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before ${needle}`);
    text.value += decoder.decode(value);
  }
}

describe("live event stream", () => {
  it("frames presence, the cursor, caught-up and live claim events, and heartbeats as server-sent events", async () => {
    const { rooms, state } = fakeRooms();
    const replay = jest.fn(async () => [claimEvent("missed")]);
    const controller = new AbortController();
    const currentVersion = jest.fn(async () => versionEvent(1, null));
    const stream = liveEventStream({ articleId: "a1", viewer: { connectionId: "tab-00000001", user: { id: "u1", name: null } }, since: 100_000, signal: controller.signal, rooms, replay, currentVersion, heartbeatMs: 20, onShutdown });
    const reader = stream.getReader();
    const text = { value: "" };
    await readUntil(reader, text, '"claimId":"missed"');
    expect(text.value.startsWith("retry: 2000\n\nevent: presence\ndata: {\"entries\":[]}\n\n")).toBe(true);
    expect(text.value).toMatch(/event: ready\ndata: \{"at":\d+\}\n\n/);
    expect(replay).toHaveBeenCalledWith("a1", 100_000 - REPLAY_MARGIN_MS);
    // The current version comes before the caught-up claims, so a page on an old version knows before it merges them.
    expect(text.value.indexOf('event: version\ndata: {"kind":"version","articleId":"a1","versionId":"v1","number":1,"actor":null,"at":7}\n\n')).toBeGreaterThan(-1);
    expect(text.value.indexOf("event: version")).toBeLessThan(text.value.indexOf('"claimId":"missed"'));

    state.handlers?.onVersion(versionEvent(2, { id: "u2", name: "Ana" }));
    await readUntil(reader, text, '"versionId":"v2"');
    expect(text.value).toContain('"number":2,"actor":{"id":"u2","name":"Ana"}');

    state.handlers?.onClaim(claimEvent("live"));
    await readUntil(reader, text, '"claimId":"live"');
    state.handlers?.onGap(200_000);
    await readUntil(reader, text, ": ping\n\n");
    expect(replay).toHaveBeenLastCalledWith("a1", 200_000 - REPLAY_MARGIN_MS);
    expect(currentVersion).toHaveBeenCalledTimes(2);

    controller.abort();
    // The stream ends (after any heartbeats already queued), and a second abort changes nothing.
    while (!(await reader.read()).done);
    controller.abort();
    expect(state.left).toBe(1);
  });

  it("leaves the room when the consumer cancels the stream", async () => {
    const { rooms, state } = fakeRooms();
    const stream = liveEventStream({ articleId: "a1", viewer: { connectionId: "tab-00000002", user: { id: "u1", name: null } }, signal: new AbortController().signal, rooms, replay: async () => [], currentVersion: async () => null, onShutdown });
    await stream.cancel();
    expect(state.left).toBe(1);
  });

  it("still catches up on claims when the version check fails", async () => {
    const { rooms } = fakeRooms();
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    const controller = new AbortController();
    const currentVersion = async () => {
      throw new Error("database away");
    };
    const stream = liveEventStream({ articleId: "a1", viewer: { connectionId: "tab-00000003", user: { id: "u1", name: null } }, since: 100_000, signal: controller.signal, rooms, replay: async () => [claimEvent("missed")], currentVersion, onShutdown });
    const reader = stream.getReader();
    const text = { value: "" };
    await readUntil(reader, text, '"claimId":"missed"');
    expect(text.value).not.toContain("event: version");
    expect(warn).toHaveBeenCalledWith("[factdesk] live: version check failed", expect.any(Error));
    controller.abort();
    warn.mockRestore();
  });
});
