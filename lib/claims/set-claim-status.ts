import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { enqueueClaimEvent } from "@/lib/webhooks/enqueue-claim-event";
import { setStatusSql } from "./claim-write-sql";
import { readClaimView, type ClaimView } from "./claim-view";
import { throwWhyRefused } from "./update-with-revision";

export type SetClaimStatusOptions = { userId: string; claimId: string; revision: number; status: ClaimStatus };

/**
 * Gives a claim its verdict. One statement when it goes through and no webhook listens; a refusal (stale
 * revision, approved, deleted) or a listening webhook takes the transaction, which says why or queues the delivery.
 */
export async function setClaimStatus(options: SetClaimStatusOptions, client: Db = db()): Promise<ClaimView> {
  const written = await client.$queryRaw<{ before: string }[]>(setStatusSql(options, { unlessWebhooksListen: true }));
  if (written.length === 0) return client.$transaction((tx) => setClaimStatusInTransaction(tx, options));
  return readClaimView(client, options.claimId);
}

/** The same change inside a transaction the caller holds, so that several changes can succeed or fail together. */
export async function setClaimStatusInTransaction(tx: Prisma.TransactionClient, options: SetClaimStatusOptions): Promise<ClaimView> {
  const [written] = await tx.$queryRaw<{ before: string }[]>(setStatusSql(options, { unlessWebhooksListen: false }));
  if (!written) return throwWhyRefused(tx, options);
  if (written.before !== options.status) {
    await enqueueClaimEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: "STATUS_CHANGED", before: written.before, after: options.status });
  }
  return readClaimView(tx, options.claimId);
}
