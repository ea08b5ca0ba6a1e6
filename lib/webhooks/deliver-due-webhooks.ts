import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-schedule";
import { resolvesToPrivateAddress } from "./resolves-to-private-address";
import { privateWebhookAddressesAllowed, webhookUrlProblem } from "./schemas";
import { sendWebhookRequest, type WebhookAnswer } from "./send-webhook-request";
import { takeDueDeliveries, type TakenDelivery } from "./take-due-deliveries";

export type DeliverDueWebhooksOptions = {
  now?: Date;
  /** Deliveries taken at once; they are sent in parallel, so this also bounds open connections. */
  limit?: number;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
};

export type DeliverDueWebhooksResult = { taken: number; delivered: number; retrying: number; failed: number };

/** Deliveries taken per round unless told otherwise. */
export const DELIVERY_BATCH_SIZE = 10;
const DEFAULT_TIMEOUT_MS = 10_000;
/** The lease outlives the request by a wide margin, so a slow receiver never lets a second worker send it again. */
const MIN_LEASE_MS = 60_000;

type Outcome = "delivered" | "retrying" | "failed";

/**
 * One round of the webhook queue: takes the deliveries that are due, sends them, and records each outcome (delivered,
 * retry later with backoff, or failed for good). A receiver's error never throws; a database error does, for the
 * worker to log.
 */
export async function deliverDueWebhooks(options: DeliverDueWebhooksOptions = {}, client: Db = db()): Promise<DeliverDueWebhooksResult> {
  const now = options.now ?? new Date();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const taken = await takeDueDeliveries(client, {
    now,
    limit: options.limit ?? DELIVERY_BATCH_SIZE,
    leaseMs: Math.max(MIN_LEASE_MS, timeoutMs * 3),
  });
  const outcomes = await Promise.all(
    taken.map(async (delivery) => {
      const answer = await attempt(delivery, { now, timeoutMs, fetchImpl: options.fetchImpl ?? fetch });
      return record(client, delivery, answer, now);
    }),
  );
  const count = (outcome: Outcome) => outcomes.filter((each) => each === outcome).length;
  return { taken: taken.length, delivered: count("delivered"), retrying: count("retrying"), failed: count("failed") };
}

/** A refusal that no retry can fix: the delivery fails at once. */
type Refused = { refused: string };

async function attempt(delivery: TakenDelivery, context: { now: Date; timeoutMs: number; fetchImpl: typeof fetch }): Promise<WebhookAnswer | Refused> {
  // Checked again at send time: the webhook may have been switched off, or the address rules changed, since queueing.
  if (!delivery.active) return { refused: "Webhook switched off" };
  const problem = webhookUrlProblem(delivery.url);
  if (problem) return { refused: problem };
  if (!privateWebhookAddressesAllowed() && (await resolvesToPrivateAddress(new URL(delivery.url)))) {
    return { delivered: false, statusCode: null, error: "The address now leads to a private network, where Factdesk does not send." };
  }
  return sendWebhookRequest({
    url: delivery.url,
    secret: delivery.secret,
    event: delivery.event,
    deliveryId: delivery.id,
    body: JSON.stringify(delivery.payload),
    ...context,
  });
}

async function record(client: Db, delivery: TakenDelivery, answer: WebhookAnswer | Refused, now: Date): Promise<Outcome> {
  let outcome: Outcome;
  let data: Prisma.WebhookDeliveryUpdateManyMutationInput;
  if ("refused" in answer) {
    outcome = "failed";
    data = { state: "FAILED", lastStatusCode: null, lastError: answer.refused };
  } else if (answer.delivered) {
    outcome = "delivered";
    data = { state: "DELIVERED", deliveredAt: now, lastStatusCode: answer.statusCode, lastError: null };
  } else if (delivery.attempts >= MAX_ATTEMPTS) {
    outcome = "failed";
    data = { state: "FAILED", lastStatusCode: answer.statusCode, lastError: answer.error };
  } else {
    outcome = "retrying";
    data = { nextAttemptAt: new Date(now.getTime() + retryDelayMs(delivery.attempts)), lastStatusCode: answer.statusCode, lastError: answer.error };
  }
  // Fenced by the attempt number: if the lease ran out and another worker took the delivery, its outcome stands.
  await client.webhookDelivery.updateMany({
    where: { id: delivery.id, state: "PENDING", attempts: delivery.attempts },
    data: { ...data, lockedUntil: null },
  });
  return outcome;
}
