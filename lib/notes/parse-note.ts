import { NOTE_MESSAGES, noteDocSchema, type NoteDoc } from "./note-schema";

export type ParseNoteResult = { ok: true; note: NoteDoc } | { ok: false; message: string };

const KNOWN = new Set<string>(Object.values(NOTE_MESSAGES));

/** Checks untrusted input against the note whitelist; on refusal, one message fit to show the user. */
export function parseNote(input: unknown): ParseNoteResult {
  const result = noteDocSchema.safeParse(input);
  if (result.success) return { ok: true, note: result.data };
  // Our own messages name the problem; zod's generic ones ("expected string") mean nothing to an editor.
  const message = result.error.issues.map((issue) => issue.message).find((m) => KNOWN.has(m));
  return { ok: false, message: message ?? NOTE_MESSAGES.invalid };
}
