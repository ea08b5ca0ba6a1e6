"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useToast } from "@/components/ui/toast";

/** Deliveries are sent in the background, so the log is re-read on demand rather than held open. */
export function RefreshButton() {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="button button--small"
      disabled={pending}
      onClick={() =>
        startTransition(() => {
          router.refresh();
          toast.show("Delivery logs brought up to date.");
        })
      }
    >
      {pending ? "Refreshing…" : "Refresh delivery logs"}
    </button>
  );
}
