"use client";
import { useId, useRef } from "react";
import { useToast } from "@/components/ui/toast";
import styles from "./team.module.css";

/** A read-only field holding a link (or a secret), with a button that copies it (and selects it, should the clipboard refuse). */
export function CopyLinkField({
  label,
  value,
  copyLabel = "Copy link",
  copiedMessage = "Link copied. Paste it into a message to the person you are inviting.",
}: {
  label: string;
  value: string;
  copyLabel?: string;
  copiedMessage?: string;
}) {
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      toast.show(copiedMessage);
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
          {copyLabel}
        </button>
      </div>
    </div>
  );
}
