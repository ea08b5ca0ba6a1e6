/**
 * Requests per token per minute, counted in this process with a sliding window of one-second buckets. Kept in memory
 * on purpose: a database round trip per request would cost more than the requests it protects. With several app
 * instances each enforces the limit on its own share of the traffic.
 */
const WINDOW_SECONDS = 60;

export function requestsPerMinute(): number {
  const configured = Number(process.env.FACTDESK_API_RATE_LIMIT);
  return Number.isInteger(configured) && configured > 0 ? configured : 600;
}

type Window = { buckets: Map<number, number>; total: number };

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly limit: () => number = requestsPerMinute) {}

  take(key: string, nowMs = Date.now()): RateDecision {
    const second = Math.floor(nowMs / 1000);
    const window = this.windows.get(key) ?? { buckets: new Map(), total: 0 };
    this.windows.set(key, window);
    for (const [bucket, count] of window.buckets) {
      if (bucket <= second - WINDOW_SECONDS) {
        window.buckets.delete(bucket);
        window.total -= count;
      }
    }
    const limit = this.limit();
    if (window.total >= limit) {
      const oldest = Math.min(...window.buckets.keys());
      return { allowed: false, retryAfterSeconds: Math.max(1, oldest + WINDOW_SECONDS - second) };
    }
    window.buckets.set(second, (window.buckets.get(second) ?? 0) + 1);
    window.total += 1;
    if (this.windows.size > 10_000) this.forgetIdle(second);
    return { allowed: true, remaining: limit - window.total };
  }

  /** Tokens that went quiet are dropped so the map cannot grow without bound. */
  private forgetIdle(second: number): void {
    for (const [key, window] of this.windows) {
      if (Math.max(...window.buckets.keys(), -Infinity) <= second - WINDOW_SECONDS) this.windows.delete(key);
    }
  }
}
