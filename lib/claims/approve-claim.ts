import { approvalRefusal } from "@/lib/activity/approval-rules";
import { findLastReviewer } from "@/lib/activity/last-reviewer";
import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { updateWithRevision } from "./update-with-revision";

export type ApproveClaimOptions = { userId: string; claimId: string; revision: number };

/**
 * Signs off a reviewed claim, which locks it until an editor reopens it. When the team requires a second reviewer,
 * the person who last set the verdict cannot approve it themselves.
 */
export async function approveClaim(options: ApproveClaimOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: options.claimId },
      select: { status: true, deletedAt: true, approvedAt: true, article: { select: { team: { select: { requireSecondReviewer: true } } } } },
    });
    if (!claim || claim.deletedAt) throw notFound("That claim");
    const lastReviewer = await findLastReviewer(tx, options.claimId);
    const refusal = approvalRefusal(
      { status: claim.status, approvedAt: claim.approvedAt, requireSecondReviewer: claim.article.team.requireSecondReviewer, lastReviewerId: lastReviewer?.id ?? null },
      options.userId,
    );
    if (refusal) throw refusal;
    // The revision check makes the facts above hold at the moment of writing: a verdict changed since bumps the revision.
    await updateWithRevision(tx, {
      claimId: options.claimId,
      revision: options.revision,
      actorId: options.userId,
      data: { approvedById: options.userId, approvedAt: new Date() },
      approvalChange: true,
    });
    await recordEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: "APPROVED", after: { status: claim.status, reviewerId: lastReviewer?.id ?? null } });
    await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
    return readClaimView(tx, options.claimId);
  });
}
