import { db, type Db } from "@/lib/db/client";
import type { WebhookEvent } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { newWebhookSecret } from "./new-webhook-secret";
import { requireValid, webhookEventsSchema, webhookUrlSchema } from "./schemas";

/** Every event fans out to each subscribed webhook in the transaction that made the change: keep the fan-out small. */
export const MAX_WEBHOOKS_PER_TEAM = 10;

export type CreateWebhookOptions = { userId: string; teamId: string; url: string; events: readonly string[] };

export type CreatedWebhook = {
  webhookId: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  /** Returned this once, for the owner to copy into the receiver; the settings page never shows it again. */
  secret: string;
};

/** Subscribes an address to some of a team's events, with a new signing secret. */
export async function createWebhook(options: CreateWebhookOptions, client: Db = db()): Promise<CreatedWebhook> {
  const url = requireValid(webhookUrlSchema, options.url, "url");
  const events = requireValid(webhookEventsSchema, options.events, "events");
  const secret = newWebhookSecret();
  return client.$transaction(async (tx) => {
    const existing = await tx.webhook.count({ where: { teamId: options.teamId } });
    if (existing >= MAX_WEBHOOKS_PER_TEAM) {
      throw new AppError("CONFLICT", `A team can have at most ${MAX_WEBHOOKS_PER_TEAM} webhooks. Delete one you no longer use first.`);
    }
    const webhook = await tx.webhook.create({
      data: { teamId: options.teamId, url, events, secret, createdById: options.userId },
      select: { id: true, url: true, events: true, active: true },
    });
    return { webhookId: webhook.id, url: webhook.url, events: webhook.events, active: webhook.active, secret };
  });
}
