import type { Prisma } from "@/lib/db/generated/client";
import type { WebhookEvent } from "@/lib/db/generated/enums";
import { queueDeliveries } from "./queue-deliveries";

export type EnqueueWebhookEventOptions = {
  teamId: string;
  event: WebhookEvent;
  /** What happened: becomes the envelope's `data`. */
  payload: Prisma.InputJsonObject;
  occurredAt?: Date;
};

/**
 * Queues one delivery of an event to each of the team's active webhooks that listen to it. Called with the
 * transaction that made the change, so the delivery commits with the change or not at all: a rolled-back change is
 * never reported. One query when nobody listens.
 */
export async function enqueueWebhookEvent(tx: Prisma.TransactionClient, options: EnqueueWebhookEventOptions): Promise<{ queued: number }> {
  const webhooks = await tx.webhook.findMany({
    where: { teamId: options.teamId, active: true, events: { has: options.event } },
    select: { id: true },
  });
  const queued = await queueDeliveries(tx, {
    webhookIds: webhooks.map((webhook) => webhook.id),
    teamId: options.teamId,
    event: options.event,
    data: options.payload,
    occurredAt: options.occurredAt,
  });
  return { queued };
}
