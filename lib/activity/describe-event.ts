/**
 * Turns one stored ClaimEvent into a sentence a person reads in a claim's history ("Ana marked it Disputed"), with a
 * word diff for note edits. Pure: the payload shapes it reads are the ones the claim write functions store.
 */
import { ownEntry } from "@/lib/input/own-entry";
import { wordDiff, type DiffPart } from "@/lib/anchoring";
import type { ClaimEventKind, ClaimStatus } from "@/lib/db/generated/enums";
import { noteToText, parseNote } from "@/lib/notes";
import { excerpt } from "./excerpt";

export type StoredEvent = {
  kind: ClaimEventKind;
  actorId: string;
  actorName: string | null;
  before: unknown;
  after: unknown;
};

export type EventLine = { line: string; diff?: DiffPart[] };

export type DescribeOptions = {
  /** Compute a word diff for note edits (the history shows it; the activity feed does not). */
  withDiff?: boolean;
  /** This NOTE_CHANGED event put back a note the claim had before. */
  restored?: boolean;
};

const STATUS_LABELS: Record<ClaimStatus, string> = { UNREVIEWED: "Unreviewed", VERIFIED: "Verified", DISPUTED: "Disputed", UNSOURCED: "Unsourced" };
const RELATION_WORDS: Record<string, string> = { SUPPORTS: "a supporting source", CONTRADICTS: "a contradicting source", CONTEXT: "a context source" };
// Beyond this many characters a word diff costs more than it helps a reader; the line alone says what happened.
const MAX_DIFF_CHARS = 20_000;

type Json = Record<string, unknown>;
const record = (value: unknown): Json | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null);
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const statusLabel = (value: unknown) => STATUS_LABELS[value as ClaimStatus] ?? String(value);
const personName = (value: unknown) => text(record(value)?.name) ?? "a teammate";

/** The plain text of a stored note, "" for none or for anything that is no longer a valid note. */
export function storedNoteText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const parsed = parseNote(value);
  return parsed.ok ? noteToText(parsed.note) : "";
}

export function describeEvent(event: StoredEvent, options: DescribeOptions = {}): EventLine {
  const who = event.actorName ?? "A teammate";
  const before = record(event.before);
  const after = record(event.after);
  switch (event.kind) {
    case "CREATED": {
      const quote = text(after?.exact);
      return { line: quote ? `${who} marked “${excerpt(quote)}” as a claim` : `${who} marked it as a claim` };
    }
    case "STATUS_CHANGED": {
      const was = event.before && event.before !== "UNREVIEWED" && event.before !== event.after ? ` (was ${statusLabel(event.before)})` : "";
      return { line: `${who} marked it ${statusLabel(event.after)}${was}` };
    }
    case "NOTE_CHANGED":
      return describeNote(who, event, options);
    case "SOURCE_ADDED":
      return { line: `${who} added ${ownEntry(RELATION_WORDS, String(after?.relation)) ?? "a source"}: ${text(after?.title) ?? text(after?.url) ?? "a link"}` };
    case "SOURCE_REMOVED":
      return { line: `${who} removed the source ${text(before?.title) ?? text(before?.url) ?? ""}`.trimEnd() };
    case "ASSIGNED":
      if (!after) return { line: before ? `${who} unassigned ${personName(before)}` : `${who} unassigned it` };
      if (after.id === event.actorId) return { line: `${who} took it on` };
      return { line: `${who} assigned it to ${personName(after)}` };
    case "ANCHOR_MOVED":
      if (after?.reason === "left-orphaned") return { line: `${who} left it orphaned: its words are gone from the article` };
      if (after?.reason === "accepted-suggestion") return { line: `${who} accepted the suggested new words` };
      return { line: `${who} moved it to new words` };
    case "REANCHORED":
      return { line: describeReanchor(who, after?.state) };
    case "DELETED":
      return { line: `${who} deleted it` };
    case "RESTORED":
      return { line: `${who} restored it` };
    case "APPROVED":
      return { line: after?.status ? `${who} approved it as ${statusLabel(after.status)}` : `${who} approved it` };
    case "REOPENED":
      return { line: `${who} reopened it for changes` };
    case "COMMENTED":
      return { line: text(after?.excerpt) ? `${who} commented: “${excerpt(String(after?.excerpt), 80)}”` : `${who} commented` };
    case "SUMMARY_CHANGED":
      return { line: text(event.after) ? `${who} set the summary to “${event.after}”` : `${who} cleared the summary` };
    default:
      return { line: `${who} changed it` };
  }
}

function describeReanchor(who: string, state: unknown): string {
  if (state === "ANCHORED") return `It stayed on its words when ${who} added a new version`;
  if (state === "MOVED") return `It moved with its words when ${who} added a new version`;
  if (state === "NEEDS_REVIEW") return `Its words changed when ${who} added a new version: it needs review`;
  return `Its words were gone when ${who} added a new version`;
}

function describeNote(who: string, event: StoredEvent, options: DescribeOptions): EventLine {
  const oldText = storedNoteText(event.before);
  const newText = storedNoteText(event.after);
  const diff = options.withDiff && oldText.length + newText.length <= MAX_DIFF_CHARS && (oldText || newText) ? wordDiff(oldText, newText) : undefined;
  if (options.restored) return { line: `${who} restored an earlier note`, diff };
  if (oldText.trim() === "") return { line: newText.trim() === "" ? `${who} saved an empty note` : `${who} wrote the note`, diff };
  if (newText.trim() === "") return { line: `${who} cleared the note`, diff };
  return { line: `${who} edited the note`, diff };
}
