"use server";
/**
 * Collaboration actions of the review page: assignment, approval, summary, note history, comments, notifications.
 * Each one parses, authorizes on the claim's (or article's) own team and makes one lib call. Like the claim actions
 * beside it, none calls revalidatePath: that would re-render the whole review page into every answer (see actions.ts).
 * The open claim's reads (its history, thread and review state) are GET routes under
 * app/api/articles/[articleId]/claims/[claimId]/ instead: Next.js runs a page's actions one at a time, so a read
 * here would hold up the status key pressed right after opening the claim.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { listArticleActivity } from "@/lib/activity/list-article-activity";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { currentUser } from "@/lib/auth/session";
import { approveClaim } from "@/lib/claims/approve-claim";
import { assignClaim } from "@/lib/claims/assign-claim";
import { assignUnreviewed } from "@/lib/claims/assign-unreviewed";
import type { ClaimView } from "@/lib/claims/claim-view";
import { reopenClaim } from "@/lib/claims/reopen-claim";
import { restoreNote } from "@/lib/claims/restore-note";
import { claimRevisionSchema, idSchema, revisionSchema } from "@/lib/claims/schemas";
import { setClaimSummary } from "@/lib/claims/set-claim-summary";
import { addComment } from "@/lib/comments/add-comment";
import { addCommentSchema } from "@/lib/comments/schemas";
import { sessionEnded } from "@/lib/errors/app-error";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";

/** Notifications belong to the signed-in user alone: no id from the browser says whose they are. */
async function signedInUserId(): Promise<string> {
  const user = await currentUser();
  if (!user) throw sessionEnded();
  return user.id;
}

export const assignClaimAction = defineAction(
  z.object({ claimId: idSchema, revision: revisionSchema, assigneeId: idSchema.nullable() }),
  async (input): Promise<ClaimView> => {
    const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
    return assignClaim({ userId, ...input });
  },
);

export const assignUnreviewedAction = defineAction(z.object({ articleId: idSchema, assigneeId: idSchema }), async (input) => {
  const { userId } = await authorize({ articleId: input.articleId }, "claim:write");
  return assignUnreviewed({ userId, ...input });
});

export const approveClaimAction = defineAction(claimRevisionSchema, async (input): Promise<ClaimView> => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:approve");
  return approveClaim({ userId, ...input });
});

export const reopenClaimAction = defineAction(claimRevisionSchema, async (input): Promise<ClaimView> => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:approve");
  return reopenClaim({ userId, ...input });
});

export const setClaimSummaryAction = defineAction(
  // Length is the lib's to judge (after trimming); this only keeps absurd payloads out.
  z.object({ claimId: idSchema, revision: revisionSchema, summary: z.string().max(2000, { error: "Keep the summary to one short line." }) }),
  async (input): Promise<ClaimView> => {
    const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
    return setClaimSummary({ userId, ...input });
  },
);

export const restoreNoteAction = defineAction(z.object({ claimId: idSchema, revision: revisionSchema, eventId: idSchema }), async (input): Promise<ClaimView> => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
  return restoreNote({ userId, ...input });
});

export const addCommentAction = defineAction(addCommentSchema, async (input) => {
  const { userId } = await authorize({ claimId: input.claimId }, "claim:write");
  return addComment({ userId, ...input });
});

export const listArticleActivityAction = defineAction(
  z.object({ articleId: idSchema, limit: z.number().int().min(1).max(100).optional() }),
  async (input) => {
    await authorize({ articleId: input.articleId }, "article:read");
    return listArticleActivity(input);
  },
);

export const listNotificationsAction = defineAction(z.object({ limit: z.number().int().min(1).max(100).optional() }), async (input) => {
  return listNotifications({ userId: await signedInUserId(), limit: input.limit });
});

export const countUnreadNotificationsAction = defineAction(z.object({}), async () => {
  return countUnreadNotifications({ userId: await signedInUserId() });
});

export const markNotificationReadAction = defineAction(z.object({ notificationId: idSchema }), async (input) => {
  const userId = await signedInUserId();
  const result = await markNotificationRead({ userId, notificationId: input.notificationId });
  revalidatePath("/notifications");
  return result;
});

export const markAllNotificationsReadAction = defineAction(z.object({}), async () => {
  const userId = await signedInUserId();
  const result = await markAllNotificationsRead({ userId });
  revalidatePath("/notifications");
  return result;
});
