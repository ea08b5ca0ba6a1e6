import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { claimViewSelect, toClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { updateWithRevision } from "./update-with-revision";

export type SetClaimStatusOptions = { userId: string; claimId: string; revision: number; status: ClaimStatus };

/** Gives a claim its verdict. */
export async function setClaimStatus(options: SetClaimStatusOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction((tx) => setClaimStatusInTransaction(tx, options));
}

/** The same change inside a transaction the caller holds, so that several changes can succeed or fail together. */
export async function setClaimStatusInTransaction(tx: Prisma.TransactionClient, options: SetClaimStatusOptions): Promise<ClaimView> {
  const before = await updateWithRevision(tx, {
    claimId: options.claimId,
    revision: options.revision,
    actorId: options.userId,
    data: { status: options.status },
  });
  if (before.status !== options.status) {
    await recordEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: "STATUS_CHANGED", before: before.status, after: options.status });
  }
  await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
  return toClaimView(await tx.claim.findUniqueOrThrow({ where: { id: options.claimId }, select: claimViewSelect }));
}

