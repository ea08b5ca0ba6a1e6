import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { updateWithRevision } from "./update-with-revision";

export type LeaveClaimOrphanedOptions = { userId: string; claimId: string; revision: number };

/**
 * A person looked at a doubtful re-anchoring and decided the claim's words are gone from the article: the suggestion
 * is declined and the claim stays, with everything it holds, on the version where it was last found.
 */
export async function leaveClaimOrphaned(options: LeaveClaimOrphanedOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: options.claimId }, select: { articleId: true, anchorState: true } });
    if (!claim) throw notFound("That claim");
    if (claim.anchorState !== "NEEDS_REVIEW") {
      throw new AppError("INVALID_INPUT", "Only a claim waiting for review can be left orphaned; this one is already decided.");
    }
    const latest = await tx.articleVersion.findFirstOrThrow({ where: { articleId: claim.articleId }, orderBy: { number: "desc" }, select: { id: true } });
    await updateWithRevision(tx, { claimId: options.claimId, revision: options.revision, actorId: options.userId, data: { anchorState: "ORPHANED" } });
    await tx.claimPlacement.updateMany({
      where: { claimId: options.claimId, versionId: latest.id },
      data: { state: "ORPHANED", candidateStart: null, candidateEnd: null },
    });
    await recordEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: "ANCHOR_MOVED", before: { state: "NEEDS_REVIEW" }, after: { state: "ORPHANED", reason: "left-orphaned" } });
    await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
    return readClaimView(tx, options.claimId);
  });
}
