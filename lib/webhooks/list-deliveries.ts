import { db, type Db } from "@/lib/db/client";
import type { DeliveryState, WebhookEvent } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors/app-error";

export const DELIVERY_LOG_LENGTH = 50;

export type ListDeliveriesOptions = { teamId: string; webhookId: string };

export type DeliveryLogEntry = {
  id: string;
  event: WebhookEvent;
  state: DeliveryState;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  nextAttemptAt: Date;
  /** A test delivery sent from the settings page rather than a real event. */
  test: boolean;
};

/** A webhook's most recent deliveries, newest first: the delivery log. */
export async function listDeliveries(options: ListDeliveriesOptions, client: Db = db()): Promise<DeliveryLogEntry[]> {
  const webhook = await client.webhook.findFirst({
    where: { id: options.webhookId, teamId: options.teamId },
    select: {
      deliveries: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: DELIVERY_LOG_LENGTH,
        select: {
          id: true,
          event: true,
          state: true,
          attempts: true,
          lastStatusCode: true,
          lastError: true,
          createdAt: true,
          deliveredAt: true,
          nextAttemptAt: true,
          payload: true,
        },
      },
    },
  });
  if (!webhook) throw notFound("That webhook");
  return webhook.deliveries.map(({ payload, ...delivery }) => ({
    ...delivery,
    test: typeof payload === "object" && payload !== null && !Array.isArray(payload) && payload.test === true,
  }));
}
