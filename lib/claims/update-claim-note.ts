import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { noteToText, parseNote, type NoteDoc } from "@/lib/notes";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { updateWithRevision } from "./update-with-revision";

export type UpdateClaimNoteOptions = { userId: string; claimId: string; revision: number; note: unknown };

/** Replaces a claim's note; the note is checked against the whitelist of rich-text nodes before anything is stored. */
export async function updateClaimNote(options: UpdateClaimNoteOptions, client: Db = db()): Promise<ClaimView> {
  const note = checkedNote(options.note);
  return client.$transaction((tx) => writeNote(tx, options, note));
}

/** The same change inside a transaction the caller holds, so that several changes can succeed or fail together. */
export async function updateClaimNoteInTransaction(tx: Prisma.TransactionClient, options: UpdateClaimNoteOptions): Promise<ClaimView> {
  return writeNote(tx, options, checkedNote(options.note));
}

function checkedNote(input: unknown): NoteDoc {
  const parsed = parseNote(input);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.message, { fields: { note: parsed.message } });
  return parsed.note;
}

async function writeNote(tx: Prisma.TransactionClient, options: UpdateClaimNoteOptions, note: NoteDoc): Promise<ClaimView> {
  const before = await updateWithRevision(tx, {
    claimId: options.claimId,
    revision: options.revision,
    actorId: options.userId,
    data: { note: note as Prisma.InputJsonValue, noteText: noteToText(note) },
  });
  await recordEvent(tx, {
    claimId: options.claimId,
    actorId: options.userId,
    kind: "NOTE_CHANGED",
    before: before.note === null ? null : (before.note as Prisma.InputJsonValue),
    after: note as Prisma.InputJsonValue,
  });
  await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
  return readClaimView(tx, options.claimId);
}
