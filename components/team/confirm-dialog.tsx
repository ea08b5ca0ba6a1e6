"use client";
import type { ReactNode } from "react";
import { Modal } from "@/components/ui/modal";

/** A small modal that asks before something that cannot be undone with one click. */
export function ConfirmDialog(props: {
  title: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal title={props.title} onClose={props.onClose} narrow>
      {props.children}
      <div className="modal-actions">
        <button type="button" className="button" onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={props.onConfirm} disabled={props.busy}>
          {props.busy ? "Working…" : props.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
