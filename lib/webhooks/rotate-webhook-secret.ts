import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { newWebhookSecret } from "./new-webhook-secret";

export type RotateWebhookSecretOptions = { teamId: string; webhookId: string };

/**
 * Replaces a webhook's signing secret, returning the new one once. Deliveries are signed when they are sent, so
 * everything sent from now on, retries of older events included, carries the new signature.
 */
export async function rotateWebhookSecret(options: RotateWebhookSecretOptions, client: Db = db()): Promise<{ secret: string }> {
  const secret = newWebhookSecret();
  const { count } = await client.webhook.updateMany({ where: { id: options.webhookId, teamId: options.teamId }, data: { secret } });
  if (count === 0) throw notFound("That webhook");
  return { secret };
}
