"use client";
import { useId, useRef } from "react";
import { useToast } from "@/components/ui/toast";
import styles from "./team.module.css";

/** A read-only field holding a link, with a button that copies it (and selects it, should the clipboard refuse). */
export function CopyLinkField({ label, value }: { label: string; value: string }) {
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      toast.show("Link copied. Paste it into a message to the person you are inviting.");
    } catch {
      toast.show("Your browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.", { kind: "error" });
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className={styles.copyRow}>
        <input ref={input} id={id} type="text" readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button button--primary" onClick={copy}>
          Copy link
        </button>
      </div>
    </div>
  );
}
