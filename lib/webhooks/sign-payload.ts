/**
 * Delivery signatures: HMAC-SHA256 over "<timestamp>.<body>" with the webhook's secret. The timestamp is inside the
 * signed text so a captured delivery cannot be replayed later with a fresh timestamp header.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const PREFIX = "sha256=";

/** The X-Factdesk-Signature value for a body sent at `timestamp` (unix seconds). */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return PREFIX + createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export type VerifySignatureOptions = {
  secret: string;
  /** The X-Factdesk-Timestamp header, as received. */
  timestamp: string | number;
  /** The raw request body, exactly as received (not re-serialised JSON). */
  body: string;
  /** The X-Factdesk-Signature header. */
  signature: string;
  /** How old a delivery may be; default five minutes. */
  toleranceSeconds?: number;
  now?: Date;
};

/** For receivers (and our tests): whether a delivery is genuine and recent. Compares in constant time. */
export function verifySignature(options: VerifySignatureOptions): boolean {
  const timestamp = Number(options.timestamp);
  if (!Number.isInteger(timestamp)) return false;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signPayload(options.secret, timestamp, options.body));
  const given = Buffer.from(options.signature);
  // timingSafeEqual throws on different lengths; the length of a hex digest is no secret.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
