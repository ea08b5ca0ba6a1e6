/** Valid inputs for the collaboration actions: claims brought to the state each action needs, through the lib. */
import type * as collab from "@/app/(app)/articles/[articleId]/collab-actions";
import { approveClaim } from "@/lib/claims/approve-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { createNotifications } from "@/lib/notifications/create-notifications";
import type { InputsFor } from "./matrix-rows";
import type { Cell } from "./matrix-world";

const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** The cell's claim with a verdict from the reviewer (revision 2), so an editor may approve it. */
async function reviewed(cell: Cell) {
  return setClaimStatus({ userId: cell.members.REVIEWER.id, claimId: cell.claimId, revision: 1, status: "VERIFIED" }, cell.db);
}

/** A notification of the caller's own (in the outsider's own team for the outsider); a member's for anonymous. */
async function ownNotification(cell: Cell): Promise<string> {
  const userId = cell.caller?.id ?? cell.members.VIEWER.id;
  const teamId = cell.persona === "other team" ? cell.outsiderTeamId : cell.teamId;
  const actorId = userId === cell.members.OWNER.id ? cell.members.EDITOR.id : cell.members.OWNER.id;
  await createNotifications(cell.db, [{ userId, teamId, kind: "ASSIGNED", actorId, message: "You were assigned a claim" }]);
  const row = await cell.db.notification.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return row.id;
}

export const collabInputs: InputsFor<typeof collab> = {
  assignClaimAction: async (cell) => ({ claimId: cell.claimId, revision: 1, assigneeId: cell.members.REVIEWER.id }),
  assignUnreviewedAction: async (cell) => ({ articleId: cell.articleId, assigneeId: cell.members.REVIEWER.id }),
  approveClaimAction: async (cell) => ({ claimId: cell.claimId, revision: (await reviewed(cell)).revision }),
  reopenClaimAction: async (cell) => {
    const { revision } = await reviewed(cell);
    const approved = await approveClaim({ userId: cell.members.EDITOR.id, claimId: cell.claimId, revision }, cell.db);
    return { claimId: cell.claimId, revision: approved.revision };
  },
  setClaimSummaryAction: async (cell) => ({ claimId: cell.claimId, revision: 1, summary: "The council approved the budget" }),
  restoreNoteAction: async (cell) => {
    const first = await updateClaimNote({ userId: cell.members.REVIEWER.id, claimId: cell.claimId, revision: 1, note: note("First reading.") }, cell.db);
    const second = await updateClaimNote({ userId: cell.members.REVIEWER.id, claimId: cell.claimId, revision: first.revision, note: note("Second reading.") }, cell.db);
    // Both saves may share a millisecond, so the first is told apart by what it saved rather than by its time.
    const events = await cell.db.claimEvent.findMany({ where: { claimId: cell.claimId, kind: "NOTE_CHANGED" }, select: { id: true, after: true } });
    const earlier = events.find((event) => JSON.stringify(event.after).includes("First reading."))!;
    return { claimId: cell.claimId, revision: second.revision, eventId: earlier.id };
  },
  addCommentAction: async (cell) => ({ claimId: cell.claimId, body: "Does the budget include the tram?" }),
  listArticleActivityAction: async (cell) => ({ articleId: cell.articleId }),
  listNotificationsAction: async () => ({}),
  countUnreadNotificationsAction: async () => ({}),
  markNotificationReadAction: async (cell) => ({ notificationId: await ownNotification(cell) }),
  markAllNotificationsReadAction: async () => ({}),
};
