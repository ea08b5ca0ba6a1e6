import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type DeleteWebhookOptions = { teamId: string; webhookId: string };

/** Removes a webhook with its delivery log; anything still queued for it is dropped unsent. */
export async function deleteWebhook(options: DeleteWebhookOptions, client: Db = db()): Promise<{ deleted: true }> {
  const { count } = await client.webhook.deleteMany({ where: { id: options.webhookId, teamId: options.teamId } });
  if (count === 0) throw notFound("That webhook");
  return { deleted: true };
}
