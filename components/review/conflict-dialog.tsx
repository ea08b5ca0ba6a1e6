"use client";
import { Modal } from "@/components/ui/modal";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { noteToText, type NoteDoc } from "@/lib/notes";
import { STATUS_META } from "./status-meta";

/** The change this tab tried to save when a teammate's save got there first. */
export type MyChange = { kind: "status"; status: ClaimStatus } | { kind: "note"; note: NoteDoc };

export type ConflictDialogProps = {
  current: ClaimView;
  mine: MyChange;
  busy: boolean;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
  onMergeNotes: () => void;
};

/** Both notes, theirs first: nothing either person wrote is dropped. */
export function mergeNotes(theirs: NoteDoc | null, mine: NoteDoc): NoteDoc {
  return { type: "doc", content: [...(theirs?.content ?? []), ...mine.content] } as NoteDoc;
}

function Side(props: { title: string; status: ClaimStatus; note: string }) {
  return (
    <section className="conflict-side" aria-label={props.title}>
      <h3 className="detail-heading">{props.title}</h3>
      <p>
        Status: <strong>{STATUS_META[props.status].label}</strong>
      </p>
      <p className="conflict-note">{props.note || <span className="muted">No note</span>}</p>
    </section>
  );
}

/**
 * No lost update: when a save was based on an old copy, show both versions side by side and let the person decide:
 * keep the teammate's, apply theirs own on top, or (for notes) keep both notes.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  const { current, mine } = props;
  const who = current.updatedBy.name ?? "A teammate";
  const myNote = mine.kind === "note" ? noteToText(mine.note) : current.noteText;
  return (
    <Modal title={`Changed by ${who} while you were editing`} onClose={props.onKeepTheirs}>
      <p>
        {who} saved this claim after you opened it, so your change was not saved. Compare the two and choose.
      </p>
      <div className="grid-2">
        <Side title={`${who}'s version (saved)`} status={current.status} note={current.noteText} />
        <Side title="Your change (not saved)" status={mine.kind === "status" ? mine.status : current.status} note={myNote} />
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={props.onKeepTheirs} disabled={props.busy}>
          Keep theirs
        </button>
        {mine.kind === "note" && (
          <button type="button" className="button" onClick={props.onMergeNotes} disabled={props.busy}>
            Merge the notes
          </button>
        )}
        <button type="button" className="button button--primary" onClick={props.onApplyMine} disabled={props.busy}>
          Apply mine
        </button>
      </div>
    </Modal>
  );
}
