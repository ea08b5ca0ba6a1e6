"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { redeliver } from "@/lib/webhooks/redeliver";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { webhookEventsSchema, webhookIdSchema, webhookUrlSchema } from "@/lib/webhooks/schemas";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { updateWebhook } from "@/lib/webhooks/update-webhook";

// Every action here needs team:manage: webhooks send the team's data to an outside address.
const PAGE = "/team/webhooks";
const id = webhookIdSchema;
const webhookRef = z.object({ teamId: id, webhookId: id });

export const createWebhookAction = defineAction(z.object({ teamId: id, url: webhookUrlSchema, events: webhookEventsSchema }), async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const created = await createWebhook({ userId: access.userId, teamId: access.teamId, url: input.url, events: input.events });
  revalidatePath(PAGE);
  return created;
});

export const updateWebhookAction = defineAction(
  webhookRef.extend({ events: webhookEventsSchema.optional(), active: z.boolean().optional() }),
  async (input) => {
    const access = await authorize({ teamId: input.teamId }, "team:manage");
    const updated = await updateWebhook({ teamId: access.teamId, webhookId: input.webhookId, events: input.events, active: input.active });
    revalidatePath(PAGE);
    return updated;
  },
);

export const deleteWebhookAction = defineAction(webhookRef, async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const result = await deleteWebhook({ teamId: access.teamId, webhookId: input.webhookId });
  revalidatePath(PAGE);
  return result;
});

export const rotateWebhookSecretAction = defineAction(webhookRef, async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  // Nothing on the page shows the secret, so there is nothing to revalidate.
  return rotateWebhookSecret({ teamId: access.teamId, webhookId: input.webhookId });
});

export const sendTestDeliveryAction = defineAction(webhookRef, async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const result = await sendTestEvent({ teamId: access.teamId, webhookId: input.webhookId });
  revalidatePath(PAGE);
  return result;
});

export const redeliverAction = defineAction(z.object({ teamId: id, deliveryId: id }), async (input) => {
  const access = await authorize({ teamId: input.teamId }, "team:manage");
  const result = await redeliver({ teamId: access.teamId, deliveryId: input.deliveryId });
  revalidatePath(PAGE);
  return result;
});
