import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { claimViewSelect, toClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";

export type RemoveSourceOptions = { userId: string; sourceId: string };

/** Detaches a source link; the link itself is kept in the claim's history. */
export async function removeSource(options: RemoveSourceOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction(async (tx) => {
    const source = await tx.sourceLink.findUnique({
      where: { id: options.sourceId },
      select: { id: true, claimId: true, url: true, title: true, publisher: true, relation: true, claim: { select: { deletedAt: true } } },
    });
    if (!source || source.claim.deletedAt) throw notFound("That source");
    await tx.sourceLink.delete({ where: { id: source.id } });
    const { claim: _claim, claimId, ...before } = source;
    await recordEvent(tx, { claimId, actorId: options.userId, kind: "SOURCE_REMOVED", before });
    await publishClaimChange(tx, { claimId, actorId: options.userId, change: "updated" });
    return toClaimView(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimViewSelect }));
  });
}
