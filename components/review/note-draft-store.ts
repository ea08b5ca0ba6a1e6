/**
 * Unsaved note drafts kept on this device, one per claim, so that a closed tab, a crash or a failed save never loses
 * what a reviewer typed. Written on every edit, removed once the server has the note.
 */
import type { NoteDoc } from "@/lib/notes";

export type NoteDraft = { doc: NoteDoc; baseNote: string; baseRevision: number; at: number };

const key = (claimId: string) => `factdesk:note-draft:${claimId}`;

export function readNoteDraft(claimId: string): NoteDraft | null {
  try {
    const raw = window.localStorage.getItem(key(claimId));
    const draft = raw ? (JSON.parse(raw) as NoteDraft) : null;
    return draft && typeof draft.baseRevision === "number" && draft.doc?.type === "doc" ? draft : null;
  } catch {
    return null; // storage switched off or a damaged entry: nothing to restore
  }
}

export function writeNoteDraft(claimId: string, draft: NoteDraft | null): void {
  try {
    if (draft) window.localStorage.setItem(key(claimId), JSON.stringify(draft));
    else window.localStorage.removeItem(key(claimId));
  } catch {
    // Full or forbidden storage: the draft still lives in the page until it is saved.
  }
}
