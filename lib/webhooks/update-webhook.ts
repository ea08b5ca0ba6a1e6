import { db, type Db } from "@/lib/db/client";
import type { WebhookEvent } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors/app-error";
import { requireValid, webhookEventsSchema } from "./schemas";

export type UpdateWebhookOptions = { teamId: string; webhookId: string; events?: readonly string[]; active?: boolean };

/**
 * Changes what a webhook listens to, or switches it on or off. Deliveries already queued for a webhook that is
 * switched off are not sent: the sender marks them failed when it reaches them.
 */
export async function updateWebhook(
  options: UpdateWebhookOptions,
  client: Db = db(),
): Promise<{ id: string; events: WebhookEvent[]; active: boolean }> {
  const events = options.events === undefined ? undefined : requireValid(webhookEventsSchema, options.events, "events");
  // Scoped by team in the write itself: another team's webhook id changes nothing and answers "not found".
  const { count } = await client.webhook.updateMany({
    where: { id: options.webhookId, teamId: options.teamId },
    data: { events, active: options.active },
  });
  if (count === 0) throw notFound("That webhook");
  return client.webhook.findUniqueOrThrow({ where: { id: options.webhookId }, select: { id: true, events: true, active: true } });
}
