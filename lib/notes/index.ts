export { hasUnstorableCharacter, UNSTORABLE_MESSAGE } from "./has-unstorable-character";
export { isHttpUrl } from "./is-http-url";
export {
  NOTE_MAX_BYTES,
  NOTE_MAX_LIST_NESTING,
  NOTE_MESSAGES,
  noteDocSchema,
  type NoteBlock,
  type NoteDoc,
  type NoteInline,
  type NoteMark,
} from "./note-schema";
export { noteToHtml } from "./note-to-html";
export { noteToText } from "./note-to-text";
export { parseNote, type ParseNoteResult } from "./parse-note";
