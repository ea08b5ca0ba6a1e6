import { db, type Db } from "@/lib/db/client";
import { assertNotApproved } from "@/lib/activity/approval-rules";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { MAX_SOURCES_PER_CLAIM, type AddSourceInput } from "./schemas";

export type AddSourceOptions = AddSourceInput & { userId: string };

/** Attaches a source link to a claim (at most 50 per claim). */
export async function addSource(options: AddSourceOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction(async (tx) => {
    // Lock the claim row so two simultaneous additions cannot both slip under the limit.
    const locked = await tx.$queryRaw<{ id: string; approvedAt: Date | null }[]>`SELECT id, "approvedAt" FROM "Claim" WHERE id = ${options.claimId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (locked.length === 0) throw notFound("That claim");
    assertNotApproved(locked[0]);
    const count = await tx.sourceLink.count({ where: { claimId: options.claimId } });
    if (count >= MAX_SOURCES_PER_CLAIM) {
      throw new AppError("INVALID_INPUT", `This claim already has ${MAX_SOURCES_PER_CLAIM} sources, the most one claim can hold. Remove one before adding another.`);
    }
    const source = await tx.sourceLink.create({
      data: {
        claimId: options.claimId,
        url: options.url,
        title: options.title,
        publisher: options.publisher,
        relation: options.relation,
        accessedAt: new Date(),
        addedById: options.userId,
      },
      select: { id: true, url: true, title: true, publisher: true, relation: true },
    });
    await recordEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: "SOURCE_ADDED", after: source });
    await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
    return readClaimView(tx, options.claimId);
  });
}
