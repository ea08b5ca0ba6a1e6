import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { noteToText, parseNote } from "@/lib/notes";
import { claimViewSelect, toClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { updateWithRevision } from "./update-with-revision";

export type UpdateClaimNoteOptions = { userId: string; claimId: string; revision: number; note: unknown };

/** Replaces a claim's note; the note is checked against the whitelist of rich-text nodes before anything is stored. */
export async function updateClaimNote(options: UpdateClaimNoteOptions, client: Db = db()): Promise<ClaimView> {
  const parsed = parseNote(options.note);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.message, { fields: { note: parsed.message } });
  const note = parsed.note;
  const noteText = noteToText(note);
  return client.$transaction(async (tx) => {
    const before = await updateWithRevision(tx, {
      claimId: options.claimId,
      revision: options.revision,
      actorId: options.userId,
      data: { note: note as Prisma.InputJsonValue, noteText },
    });
    await recordEvent(tx, {
      claimId: options.claimId,
      actorId: options.userId,
      kind: "NOTE_CHANGED",
      before: before.note === null ? null : (before.note as Prisma.InputJsonValue),
      after: note as Prisma.InputJsonValue,
    });
    await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
    return toClaimView(await tx.claim.findUniqueOrThrow({ where: { id: options.claimId }, select: claimViewSelect }));
  });
}
