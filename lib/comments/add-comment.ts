import { excerpt } from "@/lib/activity/excerpt";
import { recordEvent } from "@/lib/claims/record-event";
import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { createNotifications, type NewNotification } from "@/lib/notifications/create-notifications";
import { commentViewSelect, toCommentView, type CommentView } from "./comment-view";
import { findMentions } from "./mention-syntax";
import { resolveMentions } from "./resolve-mentions";
import { commentBodySchema } from "./schemas";

export type AddCommentOptions = { userId: string; claimId: string; body: string };

/**
 * Adds a comment to a claim's thread. Mentioned members get a MENTION notification; everyone who wrote in the thread
 * before gets a REPLY one (unless a mention already told them). Comments are allowed on approved claims: discussing a
 * locked claim is how a reopening starts.
 */
export async function addComment(options: AddCommentOptions, client: Db = db()): Promise<CommentView> {
  const parsed = commentBodySchema.safeParse(options.body);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "The comment is not valid.";
    throw new AppError("INVALID_INPUT", message, { fields: { body: message } });
  }
  const body = parsed.data;
  return client.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: options.claimId },
      select: { id: true, exact: true, deletedAt: true, articleId: true, article: { select: { teamId: true } } },
    });
    if (!claim || claim.deletedAt) throw notFound("That claim");
    const teamId = claim.article.teamId;
    const members = await tx.membership.findMany({ where: { teamId }, select: { user: { select: { id: true, name: true, email: true } } } });
    const people = members.map((m) => m.user);
    const mentions = resolveMentions(findMentions(body), people);
    if (!mentions.ok) throw new AppError("INVALID_INPUT", mentions.message, { fields: { body: mentions.message } });

    const earlier = await tx.claimComment.findMany({ where: { claimId: claim.id }, distinct: ["authorId"], select: { authorId: true } });
    const comment = await tx.claimComment.create({
      data: { claimId: claim.id, authorId: options.userId, body, mentionIds: mentions.ids },
      select: commentViewSelect,
    });
    await recordEvent(tx, {
      claimId: claim.id,
      actorId: options.userId,
      kind: "COMMENTED",
      after: { commentId: comment.id, excerpt: excerpt(body, 140), mentions: mentions.ids.length },
    });

    const actor = comment.author.name ?? "A teammate";
    const where = `“${excerpt(claim.exact, 50)}”`;
    const snippet = excerpt(body, 80);
    const memberIds = new Set(people.map((p) => p.id));
    const mentioned = new Set(mentions.ids);
    const base = { teamId, actorId: options.userId, articleId: claim.articleId, claimId: claim.id };
    const notifications: NewNotification[] = [
      ...mentions.ids.map((userId) => ({ ...base, userId, kind: "MENTION" as const, message: `${actor} mentioned you on ${where}: ${snippet}` })),
      // Former members who once wrote here are no longer told about the thread.
      ...earlier
        .map((row) => row.authorId)
        .filter((userId) => memberIds.has(userId) && !mentioned.has(userId))
        .map((userId) => ({ ...base, userId, kind: "REPLY" as const, message: `${actor} replied on ${where}: ${snippet}` })),
    ];
    await createNotifications(tx, notifications);
    // The claim itself is unchanged (same revision), but open pages re-fetch it and can reload the thread.
    await publishClaimChange(tx, { claimId: claim.id, actorId: options.userId, change: "updated" });
    return toCommentView(comment, new Map(people.map((p) => [p.id, { id: p.id, name: p.name }])));
  });
}
