"use client";
import { signOut } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import { signOutEverywhereAction } from "@/app/(app)/account/actions";
import { FormError } from "@/components/ui/text-field";
import styles from "./account.module.css";

/** Ends every session of the account, after a confirmation, and then signs this browser out too. */
export function SignOutEverywhere({ lastTime }: { lastTime: string | null }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: onto "Yes" when it appears, back to the first button when it is dismissed.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function confirm() {
    setPending(true);
    setError(null);
    const result = await signOutEverywhereAction({});
    if (!result.ok) {
      setPending(false);
      setError(result.message);
      return;
    }
    await signOut({ callbackUrl: "/sign-in?notice=signed-out-everywhere" });
  }

  return (
    <div>
      <p className="muted">
        Lost a laptop, or signed in on a shared computer? This signs your account out on every device and browser, this one
        included. You can sign in again straight away.
      </p>
      {lastTime && (
        <p className="muted small">
          All sessions were last ended on{" "}
          <time dateTime={lastTime} suppressHydrationWarning>
            {new Date(lastTime).toLocaleString()}
          </time>
          .
        </p>
      )}
      <FormError message={error} />
      {confirming ? (
        <div className={styles.confirm} role="group" aria-labelledby="sign-out-everywhere-question">
          <p id="sign-out-everywhere-question">Sign out on every device, including this one?</p>
          <div className={styles.actions}>
            <button ref={confirmButton} type="button" className="button button--primary" onClick={confirm} disabled={pending}>
              {pending ? "Signing out everywhere…" : "Yes, sign out everywhere"}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} disabled={pending}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button ref={openButton} type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          Sign out everywhere
        </button>
      )}
    </div>
  );
}
