import { createClaimFetchQueue } from "@/components/live/claim-fetch-queue";

function deferredFetcher() {
  const calls: { id: string; resolve: (value: string | null) => void }[] = [];
  const fetchClaim = (id: string) => new Promise<string | null>((resolve) => calls.push({ id, resolve }));
  return { calls, fetchClaim };
}
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("claim fetch queue", () => {
  it("fetches a claim changed during its fetch once more, and delivers answers in order", async () => {
    const { calls, fetchClaim } = deferredFetcher();
    const delivered: string[] = [];
    const queue = createClaimFetchQueue({ fetchClaim, deliver: (value) => delivered.push(value) });
    queue.request("c1");
    queue.request("c1");
    queue.request("c1");
    expect(calls.map((call) => call.id)).toEqual(["c1"]);
    calls[0].resolve("c1@r2");
    await flush();
    expect(calls.map((call) => call.id)).toEqual(["c1", "c1"]);
    calls[1].resolve("c1@r3");
    await flush();
    expect(delivered).toEqual(["c1@r2", "c1@r3"]);
  });

  it("runs a few claims in parallel, queues the rest, and skips failed fetches", async () => {
    const { calls, fetchClaim } = deferredFetcher();
    const delivered: string[] = [];
    const queue = createClaimFetchQueue({ fetchClaim, deliver: (value) => delivered.push(value), concurrency: 2 });
    for (const id of ["c1", "c2", "c3", "c3"]) queue.request(id);
    expect(calls.map((call) => call.id)).toEqual(["c1", "c2"]);
    calls[0].resolve(null);
    await flush();
    expect(calls.map((call) => call.id)).toEqual(["c1", "c2", "c3"]);
    calls[1].resolve("c2");
    calls[2].resolve("c3");
    await flush();
    expect(delivered).toEqual(["c2", "c3"]);
  });

  it("delivers nothing after it is stopped", async () => {
    const { calls, fetchClaim } = deferredFetcher();
    const delivered: string[] = [];
    const queue = createClaimFetchQueue({ fetchClaim, deliver: (value) => delivered.push(value) });
    queue.request("c1");
    queue.stop();
    queue.request("c2");
    calls[0].resolve("c1");
    await flush();
    expect(delivered).toEqual([]);
    expect(calls).toHaveLength(1);
  });
});
