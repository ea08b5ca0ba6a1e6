"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { deleteWebhookAction, rotateWebhookSecretAction, sendTestDeliveryAction } from "@/app/(app)/team/webhooks/actions";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { SecretReveal } from "./secret-reveal";
import styles from "./webhooks.module.css";

type Props = { teamId: string; webhookId: string; url: string; active: boolean };

/** "Send test delivery", "Rotate secret" and "Delete" for one webhook; the last two ask first. */
export function WebhookButtons(props: Props) {
  const router = useRouter();
  const toast = useToast();
  const [confirming, setConfirming] = useState<"rotate" | "delete" | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const rotateButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const ref = { webhookId: props.webhookId, teamId: props.teamId };

  function close() {
    const opener = confirming === "rotate" ? rotateButton : deleteButton;
    setConfirming(null);
    opener.current?.focus();
  }

  function sendTest() {
    startTransition(async () => {
      const result = await sendTestDeliveryAction(ref);
      if (!result.ok) return toast.show(result.message, { kind: "error" });
      toast.show("Test delivery queued. It is sent within a few seconds: refresh the log to see the answer.");
      // The worker sends it in the background; look again once it has had time to.
      setTimeout(() => router.refresh(), 4000);
    });
  }

  function rotate() {
    startTransition(async () => {
      const result = await rotateWebhookSecretAction(ref);
      close();
      if (!result.ok) return toast.show(result.message, { kind: "error" });
      setSecret(result.data.secret);
      toast.show("New signing secret made. The old one no longer signs anything.");
    });
  }

  function remove() {
    startTransition(async () => {
      const result = await deleteWebhookAction(ref);
      if (!result.ok) {
        close();
        return toast.show(result.message, { kind: "error" });
      }
      setConfirming(null);
      toast.show(`Deleted the webhook for ${props.url}.`);
    });
  }

  return (
    <>
      <div className={styles.controls}>
        <button
          type="button"
          className="button button--small"
          disabled={pending || !props.active}
          title={props.active ? undefined : "Switch the webhook on to send a test delivery."}
          aria-label={`Send test delivery to ${props.url}`}
          onClick={sendTest}
        >
          Send test delivery
        </button>
        <button ref={rotateButton} type="button" className="button button--small" aria-label={`Rotate secret of ${props.url}`} onClick={() => setConfirming("rotate")}>
          Rotate secret
        </button>
        <button ref={deleteButton} type="button" className="button button--small button--danger" aria-label={`Delete webhook ${props.url}`} onClick={() => setConfirming("delete")}>
          Delete
        </button>
      </div>
      {secret && <SecretReveal key={secret} secret={secret} intro="This is the webhook's new signing secret." onDone={() => setSecret(null)} />}
      {confirming === "rotate" && (
        <ConfirmDialog title="Rotate the signing secret?" confirmLabel="Rotate secret" busy={pending} onConfirm={rotate} onClose={close}>
          <p>
            The current secret stops working at once: every delivery from now on, retries included, is signed with the new one. Update your
            receiver straight after, or it will refuse deliveries.
          </p>
        </ConfirmDialog>
      )}
      {confirming === "delete" && (
        <ConfirmDialog title="Delete this webhook?" confirmLabel="Delete webhook" busy={pending} onConfirm={remove} onClose={close}>
          <p>
            Nothing more is sent to <strong className={styles.url}>{props.url}</strong>, deliveries still waiting are dropped,
            and its delivery log is deleted. To pause it instead, switch it off.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
