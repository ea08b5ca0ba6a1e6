import { db, type Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors/app-error";
import { approvalRefusal } from "./approval-rules";
import { findLastReviewer } from "./last-reviewer";
import type { Person } from "./team-member";

/** What the approval bar, summary field and assignee control need beyond the ClaimView, as the viewer sees it. */
export type ReviewState = {
  claimId: string;
  revision: number;
  status: ClaimStatus;
  summary: string | null;
  assignee: Person | null;
  approvedAt: string | null;
  approvedBy: Person | null;
  requireSecondReviewer: boolean;
  /** Who last set the verdict. */
  lastReviewer: Person | null;
  /** The signed-in user the state was computed for. */
  viewerId: string;
  /** Why the viewer could not approve the claim now, or null when nothing stands in the way (roles aside). */
  approveBlocker: string | null;
};

export type GetReviewStateOptions = { claimId: string; userId: string };

/** The approval, summary and assignment state of one claim, and whether `userId` could approve it. */
export async function getReviewState(options: GetReviewStateOptions, client: Db = db()): Promise<ReviewState> {
  const claim = await client.claim.findUnique({
    where: { id: options.claimId },
    select: {
      revision: true,
      status: true,
      claimSummary: true,
      approvedAt: true,
      approvedBy: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      article: { select: { team: { select: { requireSecondReviewer: true } } } },
    },
  });
  if (!claim) throw notFound("That claim");
  const lastReviewer = await findLastReviewer(client, options.claimId);
  const requireSecondReviewer = claim.article.team.requireSecondReviewer;
  const refusal = approvalRefusal({ status: claim.status, approvedAt: claim.approvedAt, requireSecondReviewer, lastReviewerId: lastReviewer?.id ?? null }, options.userId);
  return {
    claimId: options.claimId,
    revision: claim.revision,
    status: claim.status,
    summary: claim.claimSummary,
    assignee: claim.assignee,
    approvedAt: claim.approvedAt?.toISOString() ?? null,
    approvedBy: claim.approvedBy,
    requireSecondReviewer,
    lastReviewer,
    viewerId: options.userId,
    approveBlocker: refusal?.message ?? null,
  };
}
