"use client";
import { useEffect, useRef } from "react";
import { STATUSES, STATUS_META } from "./status-meta";

const SHORTCUTS: [string, string][] = [
  ["J", "Next claim"],
  ["K", "Previous claim"],
  ...STATUSES.map((status): [string, string] => [STATUS_META[status].key, `Mark ${STATUS_META[status].label.toLowerCase()}`]),
  ["N", "Write a note"],
  ["L", "Add a source link"],
  ["Delete", "Delete the claim (with undo)"],
  ["C", "New claim from the selected text"],
  ["Esc", "Close the claim"],
  ["?", "Show these shortcuts"],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="modal modal--narrow" aria-labelledby="shortcuts-title" onCancel={onClose}>
      <div className="modal-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="button button--ghost" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      <div className="modal-body">
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([key, what]) => (
              <tr key={key}>
                <td>
                  <kbd>{key}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  );
}
