import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { WebhookEvent } from "@/lib/db/generated/enums";
import { WEBHOOK_EVENT_NAMES } from "./event-names";

export type WebhookEnvelopeOptions = { teamId: string; event: WebhookEvent; data: Prisma.InputJsonObject; occurredAt?: Date; test?: boolean };

/**
 * The body every delivery carries. `id` names the event, and is the same for every webhook that receives it and for
 * every retry and redelivery, so a receiver can ignore an event it has already handled; the delivery itself is named
 * by the X-Factdesk-Delivery header.
 */
export function webhookEnvelope(options: WebhookEnvelopeOptions): Prisma.InputJsonObject {
  return {
    id: `evt_${randomUUID()}`,
    event: WEBHOOK_EVENT_NAMES[options.event],
    occurredAt: (options.occurredAt ?? new Date()).toISOString(),
    teamId: options.teamId,
    ...(options.test ? { test: true } : {}),
    data: options.data,
  };
}
