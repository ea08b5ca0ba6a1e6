/** @jest-environment jsdom */
import { act } from "react";
import { PresenceBar } from "@/components/live/presence-bar";
import { useLiveArticle, type LiveClaimChange, type LiveVersionNotice } from "@/components/live/use-live-article";
import type { PresenceEntry } from "@/lib/live/presence";
import { mount, type Mounted } from "../editor/react-harness";

jest.mock("@/components/live/presence-bar.module.css", () => ({}));

class FakeEventSource {
  static all: FakeEventSource[] = [];
  readonly url: URL;
  closed = false;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((event: { data: string }) => void)[]>();
  constructor(url: string) {
    this.url = new URL(url, "http://localhost");
    FakeEventSource.all.push(this);
  }
  addEventListener(type: string, listener: (event: { data: string }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    act(() => this.listeners.get(type)?.forEach((listener) => listener({ data: JSON.stringify(data) })));
  }
  fail() {
    act(() => this.onerror?.());
  }
}

type Call = { url: string; method: string; body?: unknown };
const calls: Call[] = [];
const claims: Record<string, unknown> = { c1: { id: "c1", revision: 2, deletedAt: null } };

beforeAll(() => {
  jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] });
  Object.assign(globalThis, {
    EventSource: FakeEventSource,
    fetch: async (url: string, init: RequestInit = {}) => {
      calls.push({ url, method: init.method ?? "GET", body: init.body ? JSON.parse(String(init.body)) : undefined });
      const claim = claims[url.split("/").at(-1) ?? ""];
      if (url.includes("/claims/")) return { ok: !!claim, status: claim ? 200 : 404, json: async () => claim };
      return { ok: true, status: 204, json: async () => null };
    },
  });
});
afterAll(() => jest.useRealTimers());

// Lets the fetches' promise chains run (jsdom has no setImmediate).
const settle = () =>
  act(async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  });
const latest = () => FakeEventSource.all[FakeEventSource.all.length - 1];
const presencePosts = () => calls.filter((call) => call.method === "POST").map((call) => call.body);

const changes: LiveClaimChange[] = [];
const versions: LiveVersionNotice[] = [];
function Page({ openClaimId = null }: { openClaimId?: string | null }) {
  const live = useLiveArticle({ articleId: "a1", openClaimId, onClaimChanged: (change) => changes.push(change), onVersion: (version) => versions.push(version) });
  return <PresenceBar status={live.status} peers={live.peers} describeClaim={(id) => (id === "c3" ? "claim 3" : null)} />;
}

describe("useLiveArticle with the presence bar", () => {
  let page: Mounted;
  afterEach(async () => page?.unmount());

  it("goes live, shows teammates, fetches changed claims, announces presence, and reconnects with a new id and the cursor", async () => {
    page = await mount(<Page />);
    const status = () => page.container.querySelector('[role="status"]')?.textContent;
    const first = latest();
    expect(first.url.pathname).toBe("/api/articles/a1/live");
    expect(first.url.searchParams.has("since")).toBe(false);
    expect(status()).toBe("Connecting…");
    expect(presencePosts()).toEqual([]); // nothing is announced before the stream is live

    first.emit("ready", { at: 1000 });
    const me = first.url.searchParams.get("connection");
    expect(status()).toBe("Live");
    expect(presencePosts()).toEqual([{ connectionId: me, openClaimId: null }]);

    const peers: PresenceEntry[] = [
      { connectionId: me ?? "", user: { id: "u-me", name: "Me" }, openClaimId: null, at: 1 },
      { connectionId: "tab-bo-00001", user: { id: "u-bo", name: "Bo Berg" }, openClaimId: "c3", at: 1 },
      { connectionId: "tab-bo-00002", user: { id: "u-bo", name: "Bo Berg" }, openClaimId: null, at: 1 },
    ];
    first.emit("presence", { entries: peers });
    const list = page.container.querySelector('ul[aria-label="Also viewing this article"]');
    expect(list?.querySelectorAll("li")).toHaveLength(1);
    expect(list?.textContent).toBe("BBBo Berg — on claim 3");

    first.emit("claim", { claimId: "c1", at: 2000 });
    first.emit("claim", { claimId: "gone", at: 1500 });
    await settle();
    // Different claims are fetched in parallel, so their answers may come in any order.
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(expect.arrayContaining([{ id: "c1", revision: 2, deletedAt: null }, { id: "gone", deleted: true }]));

    await page.render(<Page openClaimId="c1" />);
    expect(presencePosts().at(-1)).toEqual({ connectionId: me, openClaimId: "c1" });

    first.fail();
    expect(first.closed).toBe(true);
    expect(status()).toBe("Reconnecting…");
    act(() => jest.advanceTimersByTime(999));
    expect(FakeEventSource.all).toHaveLength(1);
    act(() => jest.advanceTimersByTime(1));
    const second = latest();
    expect(second).not.toBe(first);
    expect(second.url.searchParams.get("since")).toBe("2000");
    expect(second.url.searchParams.get("connection")).not.toBe(me);

    // Heartbeats while reconnecting announce nothing; once live again, every 20 s with the new id.
    const before = presencePosts().length;
    second.emit("ready", { at: 3000 });
    act(() => jest.advanceTimersByTime(20_000));
    expect(presencePosts().slice(before)).toEqual([
      { connectionId: second.url.searchParams.get("connection"), openClaimId: "c1" },
      { connectionId: second.url.searchParams.get("connection"), openClaimId: "c1" },
    ]);

    await page.unmount();
    expect(second.closed).toBe(true);
  });

  /** Fails the current stream and measures, in 0.5 s steps, how long the hook waits before opening the next. */
  function reopenDelay(): number {
    const count = FakeEventSource.all.length;
    latest().fail();
    let waited = 0;
    while (FakeEventSource.all.length === count) {
      act(() => jest.advanceTimersByTime(500));
      waited += 500;
    }
    return waited;
  }

  it("hands on the article's newest version, with who stored it when a teammate just did, and skips malformed ones", async () => {
    FakeEventSource.all = [];
    versions.length = 0;
    page = await mount(<Page />);
    latest().emit("ready", { at: 1 });
    latest().emit("version", { kind: "version", articleId: "a1", versionId: "v1", number: 1, actor: null, at: 1 });
    latest().emit("version", { kind: "version", articleId: "a1", versionId: "v2", number: 2, actor: { id: "u2", name: "Ana Lima" }, at: 2 });
    latest().emit("version", { kind: "version", articleId: "a1", versionId: "v3", number: 3, actor: { id: "u3", name: null }, at: 3 });
    latest().emit("version", { kind: "version", articleId: "a1", number: 4, actor: null, at: 4 });
    expect(versions).toEqual([
      { versionId: "v1", number: 1, by: null },
      { versionId: "v2", number: 2, by: "Ana Lima" },
      { versionId: "v3", number: 3, by: "A teammate" },
    ]);
  });

  it("backs off from 1 s up to 10 s while the server stays away", async () => {
    FakeEventSource.all = [];
    page = await mount(<Page />);
    expect(Array.from({ length: 6 }, reopenDelay)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("starts the backoff afresh only after a stream that held, not one a draining server ends at once", async () => {
    FakeEventSource.all = [];
    page = await mount(<Page />);
    latest().emit("ready", { at: 1 });
    expect(reopenDelay()).toBe(1000);
    latest().emit("ready", { at: 2 });
    expect(reopenDelay()).toBe(2000);
    latest().emit("ready", { at: 3 });
    act(() => jest.advanceTimersByTime(10_000));
    expect(reopenDelay()).toBe(1000);
  });
});
