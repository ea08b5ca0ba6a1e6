import type { Prisma } from "@/lib/db/generated/client";
import type { WebhookEvent } from "@/lib/db/generated/enums";
import { webhookEnvelope } from "./webhook-envelope";

export type QueueDeliveriesOptions = { webhookIds: string[]; teamId: string; event: WebhookEvent; data: Prisma.InputJsonObject; occurredAt?: Date };

/** Writes one pending delivery of an event per webhook, all with the same envelope (and so the same event id). */
export async function queueDeliveries(tx: Prisma.TransactionClient, options: QueueDeliveriesOptions): Promise<number> {
  if (options.webhookIds.length === 0) return 0;
  const payload = webhookEnvelope({ teamId: options.teamId, event: options.event, data: options.data, occurredAt: options.occurredAt });
  const { count } = await tx.webhookDelivery.createMany({
    data: options.webhookIds.map((webhookId) => ({ webhookId, event: options.event, payload })),
  });
  return count;
}
