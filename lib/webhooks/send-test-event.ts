import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { webhookEnvelope } from "./webhook-envelope";

export type SendTestEventOptions = { teamId: string; webhookId: string; now?: Date };

/**
 * Queues a test delivery to one webhook so its owner can check the receiver end to end. It goes through the same
 * queue, signing and retries as real events; it carries the webhook's first event name (receivers route on it) and
 * is marked `"test": true` in the body, with no real team data.
 */
export async function sendTestEvent(options: SendTestEventOptions, client: Db = db()): Promise<{ deliveryId: string }> {
  const webhook = await client.webhook.findFirst({
    where: { id: options.webhookId, teamId: options.teamId },
    select: { id: true, events: true, active: true },
  });
  if (!webhook) throw notFound("That webhook");
  if (!webhook.active) throw new AppError("CONFLICT", "This webhook is switched off. Switch it on to send a test delivery.");
  const event = webhook.events[0];
  const now = options.now ?? new Date();
  const payload = webhookEnvelope({
    teamId: options.teamId,
    event,
    occurredAt: now,
    test: true,
    data: { test: true, message: "A test delivery from Factdesk. No claim or article changed." },
  });
  const delivery = await client.webhookDelivery.create({
    data: { webhookId: webhook.id, event, payload, nextAttemptAt: now },
    select: { id: true },
  });
  return { deliveryId: delivery.id };
}
