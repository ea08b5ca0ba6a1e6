"use client";
import { useId, useRef } from "react";
import { useToast } from "@/components/ui/toast";
import teamStyles from "@/components/team/team.module.css";
import styles from "./webhooks.module.css";

/** Shows a signing secret the one time it exists in the browser, with a copy button and how receivers check it. */
export function SecretReveal({ secret, intro, onDone }: { secret: string; intro: string; onDone: () => void }) {
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(secret);
      toast.show("Signing secret copied. Store it where your receiver reads its settings.");
    } catch {
      toast.show("Your browser did not allow copying. The secret is selected: press Ctrl+C (⌘C on a Mac) to copy it.", { kind: "error" });
    }
  }

  return (
    <div className={`notice ${styles.secret}`}>
      <p>
        <strong>{intro}</strong> Copy it now: it is not shown again. If it is lost, rotate it to get a new one.
      </p>
      <div className={`field ${styles.secretField}`}>
        <label htmlFor={id}>Signing secret</label>
        <div className={teamStyles.copyRow}>
          <input ref={input} id={id} type="text" readOnly value={secret} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="button button--primary" onClick={copy}>
            Copy secret
          </button>
        </div>
      </div>
      <p className="small">
        To check that a delivery came from Factdesk, compute the HMAC-SHA256 of <code>{"<X-Factdesk-Timestamp>.<raw body>"}</code> with this
        secret and compare its hex digest with the <code>X-Factdesk-Signature</code> header (after <code>sha256=</code>). Refuse deliveries
        whose timestamp is more than five minutes old.
      </p>
      <div>
        <button type="button" className="button button--small" onClick={onDone}>
          I have stored the secret
        </button>
      </div>
    </div>
  );
}
