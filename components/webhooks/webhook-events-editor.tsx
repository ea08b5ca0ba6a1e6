"use client";
import { useState, useTransition, type FormEvent } from "react";
import { updateWebhookAction } from "@/app/(app)/team/webhooks/actions";
import { useToast } from "@/components/ui/toast";
import type { WebhookEvent } from "@/lib/db/generated/enums";
import { checkedEvents, EventCheckboxes } from "./event-checkboxes";
import styles from "./webhooks.module.css";

/** "Change events": the same checkboxes as when adding, folded away until wanted. */
export function WebhookEventsEditor({ teamId, webhookId, events }: { teamId: string; webhookId: string; events: WebhookEvent[] }) {
  const toast = useToast();
  const [error, setError] = useState<string | undefined>(undefined);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = checkedEvents(event.currentTarget, "events");
    startTransition(async () => {
      const result = await updateWebhookAction({ teamId, webhookId, events: chosen });
      if (!result.ok) {
        setError(result.fields?.events ?? result.message);
        return;
      }
      setError(undefined);
      toast.show(`Saved. This webhook now listens to ${result.data.events.length === 1 ? "one event" : `${result.data.events.length} events`}.`);
    });
  }

  return (
    <details className={styles.details}>
      <summary>Change events</summary>
      <form className={styles.detailsBody} onSubmit={onSubmit} noValidate>
        <EventCheckboxes key={events.join()} legend="Send a delivery when" name="events" defaultChecked={events} error={error} />
        <button type="submit" className="button button--small" disabled={pending}>
          {pending ? "Saving…" : "Save events"}
        </button>
      </form>
    </details>
  );
}
