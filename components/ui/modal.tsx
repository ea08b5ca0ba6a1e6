"use client";
/** A modal <dialog> opened on mount, with a titled header and a close button; Escape and ✕ both call onClose. */
import { useEffect, useId, useRef, type ReactNode } from "react";

export function Modal(props: { title: string; onClose: () => void; narrow?: boolean; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className={props.narrow ? "modal modal--narrow" : "modal"} aria-labelledby={titleId} onCancel={props.onClose}>
      <div className="modal-head">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="button button--ghost" onClick={props.onClose} aria-label="Close">
          ✕
        </button>
      </div>
      <div className="modal-body">{props.children}</div>
    </dialog>
  );
}
