/**
 * When a failed delivery is tried again: exponential backoff, so a receiver that is down for a deploy gets a few
 * quick retries and one that is down for the night is not hammered. With the default 30 s base the waits are about
 * 30 s, 2 min, 8 min, 32 min, 2 h 8 min, then 6 h: eight attempts spread over roughly 15 hours.
 */
export const MAX_ATTEMPTS = 8;

const DEFAULT_BASE_MS = 30_000;
const FACTOR = 4;
const CAP_MS = 6 * 60 * 60 * 1000;
const JITTER = 0.1;

/** The wait after the first failure; FACTDESK_WEBHOOK_RETRY_BASE_MS overrides it (read on each call, for tests). */
export function retryBaseMs(): number {
  const value = Number(process.env.FACTDESK_WEBHOOK_RETRY_BASE_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_BASE_MS;
}

/**
 * How long to wait after the `attempts`-th failed attempt (1 for the first). ±10% jitter keeps deliveries that
 * failed together (a receiver outage) from all coming back in the same second; never more than six hours.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.floor(attempts) - 1);
  const base = retryBaseMs() * FACTOR ** exponent;
  const jittered = base * (1 - JITTER + 2 * JITTER * random());
  return Math.round(Math.min(CAP_MS, jittered));
}
