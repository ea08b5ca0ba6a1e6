"use client";
import { useCallback, useState } from "react";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/result";
import type { ClaimView } from "@/lib/claims/claim-view";

const OFFLINE = "Factdesk could not reach the server, so this change was not saved. Check your connection and try again.";

/**
 * Runs a server action for a collaboration control: a busy flag while it runs, a toast for the outcome, and on a
 * conflict the claim as it is now handed to `onCurrent` so the panel shows what the teammate saved.
 */
export function useCollabAction(onCurrent?: (claim: ClaimView) => void) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(call: () => Promise<ActionResult<T>>, success?: string): Promise<T | null> => {
      setBusy(true);
      try {
        const result = await call();
        if (!result.ok) {
          const current = (result.details as { current?: ClaimView } | undefined)?.current;
          if (current) onCurrent?.(current);
          toast.show(result.message, { kind: "error" });
          return null;
        }
        if (success) toast.show(success);
        return result.data;
      } catch {
        toast.show(OFFLINE, { kind: "error" });
        return null;
      } finally {
        setBusy(false);
      }
    },
    [toast, onCurrent],
  );
  return { busy, run };
}
