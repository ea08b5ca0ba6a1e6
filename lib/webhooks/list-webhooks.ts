import { db, type Db } from "@/lib/db/client";
import type { DeliveryState, WebhookEvent } from "@/lib/db/generated/enums";

export type ListWebhooksOptions = { teamId: string };

export type WebhookSummary = {
  id: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: Date;
  createdBy: string;
  deliveries: Record<DeliveryState, number>;
  lastDelivery: { state: DeliveryState; createdAt: Date; deliveredAt: Date | null; lastStatusCode: number | null } | null;
};

/** A team's webhooks for the settings page, oldest first, with how their deliveries stand. Never includes the secret. */
export async function listWebhooks(options: ListWebhooksOptions, client: Db = db()): Promise<WebhookSummary[]> {
  const webhooks = await client.webhook.findMany({
    where: { teamId: options.teamId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      events: true,
      active: true,
      createdAt: true,
      createdBy: { select: { name: true, email: true } },
      deliveries: { orderBy: { createdAt: "desc" }, take: 1, select: { state: true, createdAt: true, deliveredAt: true, lastStatusCode: true } },
    },
  });
  if (webhooks.length === 0) return [];
  const counts = await client.webhookDelivery.groupBy({
    by: ["webhookId", "state"],
    where: { webhookId: { in: webhooks.map((webhook) => webhook.id) } },
    _count: { _all: true },
  });
  return webhooks.map(({ deliveries, createdBy, ...webhook }) => {
    const byState: Record<DeliveryState, number> = { PENDING: 0, DELIVERED: 0, FAILED: 0 };
    for (const count of counts) if (count.webhookId === webhook.id) byState[count.state] = count._count._all;
    return { ...webhook, createdBy: createdBy.name ?? createdBy.email, deliveries: byState, lastDelivery: deliveries[0] ?? null };
  });
}
