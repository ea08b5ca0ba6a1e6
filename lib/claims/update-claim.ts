import { db, type Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { assignClaimInTransaction } from "./assign-claim";
import { readClaimView, type ClaimView } from "./claim-view";
import { setClaimStatus, setClaimStatusInTransaction } from "./set-claim-status";
import { updateClaimNoteInTransaction } from "./update-claim-note";

export type UpdateClaimOptions = {
  userId: string;
  claimId: string;
  /** The revision the caller last saw; every change below is refused together if the claim moved on since. */
  revision: number;
  status?: ClaimStatus;
  /** A note document (Tiptap JSON) or null to clear it. */
  note?: unknown;
  /** A member's id, or null to unassign. */
  assigneeId?: string | null;
};

const EMPTY_NOTE = { type: "doc", content: [{ type: "paragraph" }] };

/**
 * Several changes to one claim as one write (the API's PATCH): status, note and assignee each go through the same
 * function the review screen uses, inside one transaction, so either all of them land or none does.
 */
export async function updateClaim(options: UpdateClaimOptions, client: Db = db()): Promise<ClaimView> {
  const { userId, claimId } = options;
  if (options.status === undefined && options.note === undefined && options.assigneeId === undefined) {
    throw new AppError("INVALID_INPUT", "Nothing to change: send at least one of status, note or assigneeId.");
  }
  // A verdict alone is one write, all or nothing by itself: the fast path of the review screen.
  if (options.note === undefined && options.assigneeId === undefined && options.status !== undefined) {
    return setClaimStatus({ userId, claimId, revision: options.revision, status: options.status }, client);
  }
  return client.$transaction(async (tx) => {
    let revision = options.revision;
    let view: ClaimView | null = null;
    if (options.status !== undefined) {
      view = await setClaimStatusInTransaction(tx, { userId, claimId, revision, status: options.status });
      revision = view.revision;
    }
    if (options.note !== undefined) {
      view = await updateClaimNoteInTransaction(tx, { userId, claimId, revision, note: options.note ?? EMPTY_NOTE });
      revision = view.revision;
    }
    if (options.assigneeId !== undefined) {
      view = await assignClaimInTransaction(tx, { userId, claimId, revision, assigneeId: options.assigneeId });
    }
    return view ?? readClaimView(tx, claimId);
  });
}
