import { MAX_ATTEMPTS, retryBaseMs, retryDelayMs } from "@/lib/webhooks/retry-schedule";

const SIX_HOURS = 6 * 60 * 60 * 1000;
const middle = () => 0.5;

describe("retryDelayMs", () => {
  const saved = process.env.FACTDESK_WEBHOOK_RETRY_BASE_MS;
  afterEach(() => {
    if (saved === undefined) delete process.env.FACTDESK_WEBHOOK_RETRY_BASE_MS;
    else process.env.FACTDESK_WEBHOOK_RETRY_BASE_MS = saved;
  });
  beforeEach(() => delete process.env.FACTDESK_WEBHOOK_RETRY_BASE_MS);

  it("gives up after eight attempts", () => {
    expect(MAX_ATTEMPTS).toBe(8);
  });

  it("starts at 30 s and grows fourfold per attempt, capped at six hours", () => {
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelayMs(i + 1, middle));
    console.log(`Retry waits (no jitter): ${delays.map((ms) => `${Math.round(ms / 1000)} s`).join(", ")}`);
    expect(delays).toEqual([30_000, 120_000, 480_000, 1_920_000, 7_680_000, SIX_HOURS, SIX_HOURS, SIX_HOURS]);
  });

  it("keeps jitter within ±10% and never passes the cap", () => {
    expect(retryDelayMs(1, () => 0)).toBe(27_000);
    expect(retryDelayMs(1, () => 0.999999)).toBeLessThanOrEqual(33_000);
    expect(retryDelayMs(1, () => 0.999999)).toBeGreaterThan(32_999);
    for (let attempts = 1; attempts <= 50; attempts++) {
      for (const r of [0, 0.25, 0.5, 0.75, 0.99]) {
        const delay = retryDelayMs(attempts, () => r);
        expect(delay).toBeLessThanOrEqual(SIX_HOURS);
        expect(delay).toBeGreaterThanOrEqual(Math.min(27_000 * 4 ** (attempts - 1), SIX_HOURS * 0.9));
      }
    }
  });

  it("spreads deliveries that failed together", () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(2)));
    expect(delays.size).toBeGreaterThan(1);
  });

  it("takes its base from FACTDESK_WEBHOOK_RETRY_BASE_MS, ignoring values that are not positive numbers", () => {
    process.env.FACTDESK_WEBHOOK_RETRY_BASE_MS = "1000";
    expect(retryBaseMs()).toBe(1000);
    expect(retryDelayMs(3, middle)).toBe(16_000);
    for (const bad of ["0", "-5", "soon", ""]) {
      process.env.FACTDESK_WEBHOOK_RETRY_BASE_MS = bad;
      expect(retryBaseMs()).toBe(30_000);
    }
  });

  it("treats a nonsensical attempt count as the first", () => {
    expect(retryDelayMs(0, middle)).toBe(30_000);
    expect(retryDelayMs(-3, middle)).toBe(30_000);
  });
});
