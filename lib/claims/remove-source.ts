import { db, type Db } from "@/lib/db/client";
import { assertNotApproved } from "@/lib/activity/approval-rules";
import { notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";

export type RemoveSourceOptions = { userId: string; sourceId: string };

/** Detaches a source link; the link itself is kept in the claim's history. */
export async function removeSource(options: RemoveSourceOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction(async (tx) => {
    // Lock the claim first so an approval cannot land between the check and the removal.
    await tx.$queryRaw`SELECT c.id FROM "Claim" c JOIN "SourceLink" s ON s."claimId" = c.id WHERE s.id = ${options.sourceId} FOR UPDATE OF c`;
    const source = await tx.sourceLink.findUnique({
      where: { id: options.sourceId },
      select: { id: true, claimId: true, url: true, title: true, publisher: true, relation: true, claim: { select: { deletedAt: true, approvedAt: true } } },
    });
    if (!source || source.claim.deletedAt) throw notFound("That source");
    assertNotApproved(source.claim);
    await tx.sourceLink.delete({ where: { id: source.id } });
    const { claim: _claim, claimId, ...before } = source;
    await recordEvent(tx, { claimId, actorId: options.userId, kind: "SOURCE_REMOVED", before });
    await publishClaimChange(tx, { claimId, actorId: options.userId, change: "updated" });
    return readClaimView(tx, claimId);
  });
}
