import { startWebhookWorker } from "@/lib/webhooks/webhook-worker";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const idle = { taken: 0, delivered: 0, retrying: 0, failed: 0 };

describe("startWebhookWorker", () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    jest.restoreAllMocks();
  });

  it("polls again and again, never running two rounds at once, until stopped", async () => {
    let running = 0;
    let most = 0;
    let rounds = 0;
    stop = startWebhookWorker({
      pollMs: 5,
      deliver: async () => {
        rounds++;
        most = Math.max(most, ++running);
        await sleep(30);
        running--;
        return idle;
      },
    });
    await sleep(250);
    stop();
    const seen = rounds;
    await sleep(100);
    console.log(`Worker: ${seen} rounds of 30 ms in 250 ms with a 5 ms poll; at most ${most} at once`);
    expect(most).toBe(1);
    expect(seen).toBeGreaterThanOrEqual(3);
    expect(rounds).toBe(seen);
  });

  it("logs one line per new database error and carries on", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    const script = ["down", "down", "down", null, "other"];
    let round = 0;
    stop = startWebhookWorker({
      pollMs: 5,
      deliver: async () => {
        const failure = script[Math.min(round++, script.length - 1)];
        if (failure) throw new Error(`${failure}\n    at Stack.trace (x.ts:1)`);
        return idle;
      },
    });
    await sleep(150);
    stop();
    expect(round).toBeGreaterThan(script.length);
    expect(errors.mock.calls.map((call) => call[0])).toEqual([
      "[factdesk] webhook worker: down (retrying every 5 ms)",
      "[factdesk] webhook worker: other (retrying every 5 ms)",
    ]);
  });

  it("runs a single loop per process, however often it is started", async () => {
    let rounds = 0;
    const deliver = async () => {
      rounds++;
      return idle;
    };
    stop = startWebhookWorker({ pollMs: 40, deliver });
    const again = startWebhookWorker({ pollMs: 40, deliver });
    expect(again).toBe(stop);
    await sleep(130);
    stop();
    expect(rounds).toBeLessThanOrEqual(4);
  });

  it("goes again at once after a full round, as more deliveries may be waiting", async () => {
    let rounds = 0;
    // Three full rounds (10 taken, the batch size), then an empty one: with a 150 ms poll, only going again at once
    // gets through four rounds in 250 ms.
    stop = startWebhookWorker({ pollMs: 150, deliver: async () => ({ ...idle, taken: rounds++ < 3 ? 10 : 0 }) });
    await sleep(250);
    expect(rounds).toBe(4);
  });
});
