"use client";
import { useEffect, useRef, useState } from "react";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { NoteDoc } from "@/lib/notes";
import { NoteEditor } from "@/components/editor/note-editor";
import { readNoteDraft, writeNoteDraft, type NoteDraft } from "./note-draft-store";
import { SourceForm, type NewSource } from "./source-form";
import { STATUSES, STATUS_META, RELATION_LABELS } from "./status-meta";

export type ClaimDetailProps = {
  claim: ClaimView;
  canWrite: boolean;
  canDelete: boolean;
  busy: boolean;
  /** A verdict chosen but not yet stored: its button is marked busy until the server answers. */
  pendingStatus?: ClaimStatus | null;
  focusNote: number;
  focusSource: number;
  onStatus: (status: ClaimStatus) => void;
  /** `baseRevision`: the claim's revision when this note draft began, so a teammate's save in between is a conflict, not overwritten. */
  onSaveNote: (note: NoteDoc, baseRevision: number) => Promise<boolean>;
  onAddSource: (source: NewSource) => Promise<boolean>;
  onRemoveSource: (sourceId: string) => void;
  onDelete: () => void;
  onClose: () => void;
};

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** One claim opened: its verdict, note and sources. */
export function ClaimDetail(props: ClaimDetailProps) {
  const { claim } = props;
  // Unsaved work wins over the stored note; without it the editor follows the claim as saved (the parent keys
  // this component by claim id, so opening another claim starts clean).
  // The note and revision the draft began from: if a teammate changed the note since, saving is a conflict to
  // settle; if only other fields changed (a status, a source), the draft saves onto the latest revision.
  // A draft left on this device (tab closed, save failed) comes back when the claim is opened again.
  const [edit, setEdit] = useState<NoteDraft | null>(() => (typeof window === "undefined" ? null : readNoteDraft(claim.id)));
  const [restoredAt] = useState(() => edit?.at ?? null);
  const [saveFailed, setSaveFailed] = useState(false);
  const draft = edit?.doc ?? null;
  const dirty = draft !== null;

  function changeDraft(next: NoteDraft | null) {
    setEdit(next);
    writeNoteDraft(claim.id, next);
  }

  async function saveDraft() {
    if (!edit) return;
    const noteChangedMeanwhile = edit.baseNote !== JSON.stringify(claim.note);
    const saved = await props.onSaveNote(edit.doc, noteChangedMeanwhile ? edit.baseRevision : claim.revision);
    setSaveFailed(!saved);
    if (saved) changeDraft(null);
  }

  // A save that failed is tried again as soon as the browser is back online.
  const retry = useRef(saveDraft);
  useEffect(() => {
    retry.current = saveDraft;
  });
  useEffect(() => {
    if (!saveFailed) return;
    const onOnline = () => void retry.current();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [saveFailed]);
  const noteBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focusNote) noteBox.current?.querySelector<HTMLElement>("[contenteditable]")?.focus();
  }, [props.focusNote]);

  return (
    <section className="claim-detail" aria-label="Claim">
      <div className="claim-detail__head">
        <blockquote className="claim-quote">“{claim.exact}”</blockquote>
        <button type="button" className="button button--ghost button--small" onClick={props.onClose} aria-label="Close claim">
          ✕
        </button>
      </div>
      <p className="muted small">
        Marked by {claim.createdBy.name ?? "a teammate"} · last change {when(claim.updatedAt)} by {claim.updatedBy.name ?? "a teammate"}
      </p>
      <div className="status-buttons" role="group" aria-label="Status">
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-button status-button--${status.toLowerCase()}${props.pendingStatus === status ? " status-button--pending" : ""}`}
            aria-pressed={claim.status === status}
            aria-busy={props.pendingStatus === status || undefined}
            disabled={!props.canWrite || props.busy}
            onClick={() => props.onStatus(status)}
            title={`${STATUS_META[status].description} (key ${STATUS_META[status].key})`}
          >
            <span aria-hidden="true">{STATUS_META[status].symbol}</span>
            {STATUS_META[status].label}
          </button>
        ))}
      </div>
      <h3 className="detail-heading">Note</h3>
      <div ref={noteBox}>
        <NoteEditor
          key={claim.id}
          value={draft ?? claim.note}
          disabled={!props.canWrite}
          onChange={(doc) => changeDraft({ doc, baseNote: edit?.baseNote ?? JSON.stringify(claim.note), baseRevision: edit?.baseRevision ?? claim.revision, at: Date.now() })}
        />
      </div>
      {props.canWrite && (
        <div className="row-end">
          {dirty && (
            <span className="muted small" role="status">
              {saveFailed
                ? "Not saved yet: your note is kept on this device and is sent again when you are back online."
                : restoredAt && edit?.at === restoredAt
                  ? `Restored your unsaved note from ${when(new Date(restoredAt).toISOString())}.`
                  : "Unsaved changes"}
            </span>
          )}
          {dirty && restoredAt && edit?.at === restoredAt && (
            <button type="button" className="button button--small button--ghost" onClick={() => changeDraft(null)}>
              Discard draft
            </button>
          )}
          <button type="button" className="button button--small" disabled={!dirty || props.busy} onClick={() => void saveDraft()}>
            {saveFailed ? "Save again" : "Save note"}
          </button>
        </div>
      )}
      <h3 className="detail-heading">Sources ({claim.sources.length})</h3>
      {claim.sources.length === 0 && <p className="muted small">No sources yet.</p>}
      <ul className="source-list">
        {claim.sources.map((source) => (
          <li key={source.id}>
            <span className={`relation relation--${source.relation.toLowerCase()}`}>{RELATION_LABELS[source.relation]}</span>
            <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
              {source.title || source.url}
            </a>
            {source.publisher && <span className="muted small"> · {source.publisher}</span>}
            <span className="muted small"> · added by {source.addedBy.name ?? "a teammate"}, {when(source.createdAt)}</span>
            {props.canWrite && (
              <button type="button" className="button button--ghost button--small" onClick={() => props.onRemoveSource(source.id)} aria-label={`Remove source ${source.title || source.url}`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {props.canWrite && <SourceForm busy={props.busy} focusNonce={props.focusSource} onAdd={props.onAddSource} />}
      {props.canDelete && (
        <div className="row-end danger-zone">
          <button type="button" className="button button--danger button--small" onClick={props.onDelete} disabled={props.busy}>
            Delete claim
          </button>
        </div>
      )}
    </section>
  );
}
