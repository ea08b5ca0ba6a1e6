"use client";
import { Modal } from "@/components/ui/modal";
import { STATUSES, STATUS_META } from "./status-meta";

const SHORTCUTS: [string, string][] = [
  ["J", "Next claim"],
  ["K", "Previous claim"],
  ...STATUSES.map((status): [string, string] => [STATUS_META[status].key, `Mark ${STATUS_META[status].label.toLowerCase()}`]),
  ["N", "Write a note"],
  ["L", "Add a source link"],
  ["Delete", "Delete the claim (with undo)"],
  ["C", "New claim from the selected text (or move the claim there)"],
  ["M", "Move the open claim to other words"],
  ["A", "Accept the suggested claim (Suggested tab; J/K move through suggestions there)"],
  ["X", "Dismiss the suggested claim"],
  ["Esc", "Close the claim"],
  ["?", "Show these shortcuts"],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} narrow>
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
    </Modal>
  );
}
