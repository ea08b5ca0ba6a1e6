import { assertNotApproved } from "@/lib/activity/approval-rules";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { noteToText, parseNote } from "@/lib/notes";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { updateWithRevision } from "./update-with-revision";

export type RestoreNoteOptions = {
  userId: string;
  claimId: string;
  revision: number;
  /** A NOTE_CHANGED event of this claim: the note it saved becomes the current note again. */
  eventId: string;
};

/**
 * Puts back a note from the claim's history. The restored note is checked against today's whitelist (it may have
 * tightened since) and saved as an ordinary NOTE_CHANGED, so restoring can itself be undone the same way.
 */
export async function restoreNote(options: RestoreNoteOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: options.claimId }, select: { deletedAt: true, approvedAt: true, note: true } });
    if (!claim || claim.deletedAt) throw notFound("That claim");
    assertNotApproved(claim);
    const event = await tx.claimEvent.findFirst({ where: { id: options.eventId, claimId: options.claimId, kind: "NOTE_CHANGED" }, select: { after: true } });
    if (!event) throw notFound("That earlier note");
    const parsed = parseNote(event.after);
    if (!parsed.ok) throw new AppError("INVALID_INPUT", `That earlier note cannot be restored: ${parsed.message}`);
    if (JSON.stringify(claim.note) === JSON.stringify(event.after)) throw new AppError("INVALID_INPUT", "That note is already the current note.");
    const note = parsed.note as Prisma.InputJsonValue;
    await updateWithRevision(tx, { claimId: options.claimId, revision: options.revision, actorId: options.userId, data: { note, noteText: noteToText(parsed.note) } });
    await recordEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: "NOTE_CHANGED", before: (claim.note ?? null) as Prisma.InputJsonValue | null, after: note });
    await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
    return readClaimView(tx, options.claimId);
  });
}
