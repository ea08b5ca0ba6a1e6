"use client";
import { useState, useTransition } from "react";
import { updateWebhookAction } from "@/app/(app)/team/webhooks/actions";
import { useToast } from "@/components/ui/toast";
import styles from "./webhooks.module.css";

/** Switches a webhook on or off; a refused change puts the box back. */
export function WebhookActiveSwitch({ teamId, webhookId, active, url }: { teamId: string; webhookId: string; active: boolean; url: string }) {
  const toast = useToast();
  const [checked, setChecked] = useState(active);
  const [pending, startTransition] = useTransition();

  function onChange(next: boolean) {
    setChecked(next);
    startTransition(async () => {
      const result = await updateWebhookAction({ teamId, webhookId, active: next });
      if (!result.ok) {
        setChecked(!next);
        toast.show(result.message, { kind: "error" });
        return;
      }
      toast.show(next ? "Webhook switched on. New events are sent again." : "Webhook switched off. Nothing more is sent to it, including deliveries still waiting.");
    });
  }

  return (
    <label className={styles.switch}>
      <input type="checkbox" role="switch" checked={checked} disabled={pending} aria-label={`Send deliveries to ${url}`} onChange={(event) => onChange(event.target.checked)} />
      {checked ? "On" : "Off"}
    </label>
  );
}
