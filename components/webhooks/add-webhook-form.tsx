"use client";
import { useState } from "react";
import { createWebhookAction } from "@/app/(app)/team/webhooks/actions";
import { FormError, TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import { WEBHOOK_URL_MAX_LENGTH } from "@/lib/webhooks/schemas";
import { checkedEvents, EventCheckboxes } from "./event-checkboxes";
import { SecretReveal } from "./secret-reveal";

/** Subscribes a new address to some events, then shows its signing secret once. */
export function AddWebhookForm({ teamId }: { teamId: string }) {
  const toast = useToast();
  const [secret, setSecret] = useState<string | null>(null);
  const { error, fields, pending, onSubmit } = useActionForm(createWebhookAction, {
    toInput: (data, form) => ({ teamId, url: String(data.get("url") ?? ""), events: checkedEvents(form, "events") }),
    onSuccess: (created, form) => {
      setSecret(created.secret);
      form.reset();
      toast.show("Webhook added. Copy its signing secret now.");
    },
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        <FormError message={error} />
        <TextField
          id="webhook-url"
          name="url"
          label="Receiver address"
          type="url"
          inputMode="url"
          placeholder="https://example.com/factdesk-webhook"
          autoComplete="off"
          maxLength={WEBHOOK_URL_MAX_LENGTH}
          required
          error={fields.url}
          hint="Factdesk sends a signed POST request with a JSON body to this address."
        />
        <EventCheckboxes legend="Send a delivery when" name="events" defaultChecked={["CLAIM_STATUS_CHANGED"]} error={fields.events} />
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Adding webhook…" : "Add webhook"}
        </button>
      </form>
      {secret && <SecretReveal key={secret} secret={secret} intro="This is the new webhook's signing secret." onDone={() => setSecret(null)} />}
    </>
  );
}
