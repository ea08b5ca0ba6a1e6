/** Valid inputs for the webhook actions: a webhook (and, for redelivery, a finished delivery) made in the cell's team. */
import type * as webhooks from "@/app/(app)/team/webhooks/actions";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import type { InputsFor } from "./matrix-rows";
import type { Cell } from "./matrix-world";

// A public address, so no cell depends on FACTDESK_WEBHOOKS_ALLOW_PRIVATE; nothing is sent (no worker runs here).
const URL = "https://hooks.example.com/factdesk";

/** A webhook of the cell's team, made by its owner through the lib. */
async function webhookOf(cell: Cell): Promise<{ teamId: string; webhookId: string }> {
  const webhook = await createWebhook({ userId: cell.members.OWNER.id, teamId: cell.teamId, url: URL, events: ["CLAIM_CREATED", "REVIEW_COMPLETED"] }, cell.db);
  return { teamId: cell.teamId, webhookId: webhook.webhookId };
}

export const webhookInputs: InputsFor<typeof webhooks> = {
  createWebhookAction: async (cell) => ({ teamId: cell.teamId, url: URL, events: ["CLAIM_STATUS_CHANGED"] }),
  updateWebhookAction: async (cell) => ({ ...(await webhookOf(cell)), events: ["ARTICLE_VERSIONED"], active: false }),
  deleteWebhookAction: async (cell) => webhookOf(cell),
  rotateWebhookSecretAction: async (cell) => webhookOf(cell),
  sendTestDeliveryAction: async (cell) => webhookOf(cell),
  redeliverAction: async (cell) => {
    const ref = await webhookOf(cell);
    const { deliveryId } = await sendTestEvent(ref, cell.db);
    // Only a finished delivery can be sent again; mark this one failed directly rather than run a receiver.
    await cell.db.webhookDelivery.update({ where: { id: deliveryId }, data: { state: "FAILED", attempts: 8 } });
    return { teamId: cell.teamId, deliveryId };
  },
};
