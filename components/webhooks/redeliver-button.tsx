"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { redeliverAction } from "@/app/(app)/team/webhooks/actions";
import { useToast } from "@/components/ui/toast";

/** Puts one finished delivery back in the queue. */
export function RedeliverButton({ teamId, deliveryId, label }: { teamId: string; deliveryId: string; label: string }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="button button--small"
      disabled={pending}
      aria-label={`Redeliver ${label}`}
      onClick={() =>
        startTransition(async () => {
          const result = await redeliverAction({ teamId, deliveryId });
          if (!result.ok) return toast.show(result.message, { kind: "error" });
          toast.show("Queued to be sent again within a few seconds.");
          setTimeout(() => router.refresh(), 4000);
        })
      }
    >
      {pending ? "Queuing…" : "Redeliver"}
    </button>
  );
}
