import { assertNotApproved } from "@/lib/activity/approval-rules";
import { excerpt } from "@/lib/activity/excerpt";
import { requireTeamMember } from "@/lib/activity/team-member";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { updateWithRevision } from "./update-with-revision";

export type AssignClaimOptions = {
  userId: string;
  claimId: string;
  revision: number;
  /** The member who should check the claim, or null to leave it unassigned. */
  assigneeId: string | null;
};

/** Gives a claim to a member of its team to check (or takes it back), and tells them unless they took it themselves. */
export async function assignClaim(options: AssignClaimOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction((tx) => assignClaimInTransaction(tx, options));
}

/** The same change inside a transaction the caller holds, so that several changes can succeed or fail together. */
export async function assignClaimInTransaction(tx: Prisma.TransactionClient, options: AssignClaimOptions): Promise<ClaimView> {
  const claim = await tx.claim.findUnique({
    where: { id: options.claimId },
    select: {
      exact: true,
      deletedAt: true,
      approvedAt: true,
      articleId: true,
      assignee: { select: { id: true, name: true } },
      article: { select: { teamId: true, title: true } },
    },
  });
  if (!claim || claim.deletedAt) throw notFound("That claim");
  assertNotApproved(claim);
  const assignee = options.assigneeId
    ? await requireTeamMember(tx, { teamId: claim.article.teamId, userId: options.assigneeId, actorId: options.userId })
    : null;
  if ((claim.assignee?.id ?? null) !== (assignee?.id ?? null)) {
    await updateWithRevision(tx, { claimId: options.claimId, revision: options.revision, actorId: options.userId, data: { assigneeId: assignee?.id ?? null } });
    await recordEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: "ASSIGNED", before: claim.assignee, after: assignee });
    if (assignee) {
      const actor = await tx.user.findUniqueOrThrow({ where: { id: options.userId }, select: { name: true } });
      await createNotifications(tx, [
        {
          userId: assignee.id,
          teamId: claim.article.teamId,
          kind: "ASSIGNED",
          actorId: options.userId,
          articleId: claim.articleId,
          claimId: options.claimId,
          message: `${actor.name ?? "A teammate"} assigned you “${excerpt(claim.exact, 50)}” in ${claim.article.title}`,
        },
      ]);
    }
    await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
  }
  return readClaimView(tx, options.claimId);
}

