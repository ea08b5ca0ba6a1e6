import { excerpt } from "@/lib/activity/excerpt";
import { requireTeamMember } from "@/lib/activity/team-member";
import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { claimViewSelect, toClaimView, type ClaimView } from "./claim-view";

export type AssignUnreviewedOptions = { userId: string; articleId: string; assigneeId: string };

export type AssignUnreviewedResult = { count: number; claims: ClaimView[] };

/**
 * Hands every open claim of an article (unreviewed, unassigned, not deleted) to one member, in one transaction, with
 * one ASSIGNED event per claim and one notification that sums them up. Claims someone else took meanwhile are left
 * alone: the update re-checks "unassigned" row by row as it writes.
 */
export async function assignUnreviewed(options: AssignUnreviewedOptions, client: Db = db()): Promise<AssignUnreviewedResult> {
  return client.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: options.articleId }, select: { teamId: true, title: true } });
    if (!article) throw notFound("That article");
    const assignee = await requireTeamMember(tx, { teamId: article.teamId, userId: options.assigneeId, actorId: options.userId });
    const changed = await tx.claim.updateManyAndReturn({
      where: { articleId: options.articleId, status: "UNREVIEWED", assigneeId: null, deletedAt: null, approvedAt: null },
      data: { assigneeId: assignee.id, updatedById: options.userId, revision: { increment: 1 } },
      select: { id: true, exact: true },
    });
    if (changed.length === 0) return { count: 0, claims: [] };
    await tx.claimEvent.createMany({
      data: changed.map((claim) => ({ claimId: claim.id, actorId: options.userId, kind: "ASSIGNED" as const, before: undefined, after: assignee })),
    });
    const actor = await tx.user.findUniqueOrThrow({ where: { id: options.userId }, select: { name: true } });
    const what = changed.length === 1 ? `“${excerpt(changed[0].exact, 50)}”` : `${changed.length} unreviewed claims`;
    await createNotifications(tx, [
      {
        userId: assignee.id,
        teamId: article.teamId,
        kind: "ASSIGNED",
        actorId: options.userId,
        articleId: options.articleId,
        claimId: changed.length === 1 ? changed[0].id : null,
        message: `${actor.name ?? "A teammate"} assigned you ${what} in ${article.title}`,
      },
    ]);
    for (const claim of changed) await publishClaimChange(tx, { claimId: claim.id, actorId: options.userId, change: "updated" });
    const rows = await tx.claim.findMany({ where: { id: { in: changed.map((c) => c.id) } }, orderBy: { start: "asc" }, select: claimViewSelect });
    return { count: changed.length, claims: rows.map(toClaimView) };
  }, { timeout: 30_000 });
}
