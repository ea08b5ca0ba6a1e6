import type { WebhookEvent } from "@/lib/db/generated/enums";
import { WEBHOOK_EVENT_NAMES } from "./event-names";
import { signPayload } from "./sign-payload";

export type SendWebhookRequestOptions = {
  url: string;
  secret: string;
  event: WebhookEvent;
  deliveryId: string;
  body: string;
  now: Date;
  timeoutMs: number;
  fetchImpl: typeof fetch;
};

export type WebhookAnswer = { delivered: true; statusCode: number } | { delivered: false; statusCode: number | null; error: string };

/** Enough of a receiver's answer to explain a refusal; the rest is never read. */
const BODY_PREVIEW_BYTES = 512;
const ERROR_MAX_LENGTH = 300;

/** Makes one signed POST and says how it went. Never throws: every failure becomes a short message for the log. */
export async function sendWebhookRequest(options: SendWebhookRequestOptions): Promise<WebhookAnswer> {
  const timestamp = Math.floor(options.now.getTime() / 1000);
  try {
    const response = await options.fetchImpl(options.url, {
      method: "POST",
      // Redirects are not followed: the target was checked, the address it redirects to was not.
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Factdesk-Webhooks/1",
        "X-Factdesk-Event": WEBHOOK_EVENT_NAMES[options.event],
        "X-Factdesk-Delivery": options.deliveryId,
        "X-Factdesk-Timestamp": String(timestamp),
        "X-Factdesk-Signature": signPayload(options.secret, timestamp, options.body),
      },
      body: options.body,
    });
    const preview = await readPreview(response);
    if (response.status >= 200 && response.status < 300) return { delivered: true, statusCode: response.status };
    return { delivered: false, statusCode: response.status, error: refusal(response, preview) };
  } catch (error) {
    return { delivered: false, statusCode: null, error: describeFailure(error, options.timeoutMs) };
  }
}

function refusal(response: Response, preview: string): string {
  if (response.status >= 300 && response.status < 400) {
    return short(`The receiver redirected (HTTP ${response.status}) and redirects are not followed. Use the final address.`);
  }
  return short(`The receiver answered HTTP ${response.status}${preview ? `: ${preview}` : "."}`);
}

async function readPreview(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < BODY_PREVIEW_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } catch {
    // A body cut off midway still leaves us the status code, which is what counts.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks).subarray(0, BODY_PREVIEW_BYTES).toString("utf8");
  // Control characters and long whitespace runs would garble the log table.
  return text.replace(/\p{Cc}+/gu, " ").replace(/\s+/g, " ").trim();
}

function describeFailure(error: unknown, timeoutMs: number): string {
  // Read by shape, not instanceof: fetch's errors (a DOMException on timeout) may come from another realm.
  const { name, message, cause } = (error ?? {}) as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (name === "TimeoutError" || name === "AbortError") return `No answer within ${Math.round(timeoutMs / 100) / 10} s.`;
  if (typeof cause?.code === "string") return short(`Could not reach the receiver (${cause.code}).`);
  const detail = typeof cause?.message === "string" ? cause.message : message;
  return typeof detail === "string" && detail ? short(`Could not reach the receiver: ${detail}`) : "Could not reach the receiver.";
}

function short(text: string): string {
  return text.length > ERROR_MAX_LENGTH ? `${text.slice(0, ERROR_MAX_LENGTH - 1)}…` : text;
}
