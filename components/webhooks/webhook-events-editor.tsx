"use client";
import { updateWebhookAction } from "@/app/(app)/team/webhooks/actions";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import type { WebhookEvent } from "@/lib/db/generated/enums";
import { checkedEvents, EventCheckboxes } from "./event-checkboxes";
import styles from "./webhooks.module.css";

/** "Change events": the same checkboxes as when adding, folded away until wanted. */
export function WebhookEventsEditor({ teamId, webhookId, events }: { teamId: string; webhookId: string; events: WebhookEvent[] }) {
  const toast = useToast();
  const { error, fields, pending, onSubmit } = useActionForm(updateWebhookAction, {
    toInput: (_data, form) => ({ teamId, webhookId, events: checkedEvents(form, "events") }),
    onSuccess: (webhook) => toast.show(`Saved. This webhook now listens to ${webhook.events.length === 1 ? "one event" : `${webhook.events.length} events`}.`),
  });

  return (
    <details className={styles.details}>
      <summary>Change events</summary>
      <form className={styles.detailsBody} onSubmit={onSubmit} noValidate>
        <EventCheckboxes key={events.join()} legend="Send a delivery when" name="events" defaultChecked={events} error={fields.events ?? error ?? undefined} />
        <button type="submit" className="button button--small" disabled={pending}>
          {pending ? "Saving…" : "Save events"}
        </button>
      </form>
    </details>
  );
}
