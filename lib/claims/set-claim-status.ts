import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { enqueueClaimEvent } from "@/lib/webhooks/enqueue-claim-event";
import { setStatusSql, type StatusSet } from "./claim-write-sql";
import type { ClaimView } from "./claim-view";
import { claimViewFromSql } from "./claim-view-sql";
import { throwWhyRefused } from "./update-with-revision";

export type SetClaimStatusOptions = { userId: string; claimId: string; revision: number; status: ClaimStatus };

/**
 * Gives a claim its verdict. One statement, which also answers the claim's view, when it goes through and no webhook
 * listens; a refusal (stale revision, approved, deleted) or a listening webhook takes the transaction, which says why
 * or queues the delivery.
 */
export async function setClaimStatus(options: SetClaimStatusOptions, client: Db = db()): Promise<ClaimView> {
  const [written] = await client.$queryRaw<StatusSet[]>(setStatusSql(options, { unlessWebhooksListen: true }));
  if (!written) return client.$transaction((tx) => setClaimStatusInTransaction(tx, options));
  return viewOf(written);
}

/** The same change inside a transaction the caller holds, so that several changes can succeed or fail together. */
export async function setClaimStatusInTransaction(tx: Prisma.TransactionClient, options: SetClaimStatusOptions): Promise<ClaimView> {
  const [written] = await tx.$queryRaw<StatusSet[]>(setStatusSql(options, { unlessWebhooksListen: false }));
  if (!written) return throwWhyRefused(tx, options);
  if (written.before !== options.status) {
    await enqueueClaimEvent(tx, { claimId: options.claimId, actorId: options.userId, kind: "STATUS_CHANGED", before: written.before, after: options.status });
  }
  return viewOf(written);
}

/** The view the statement answered; the status before stays on the server. */
function viewOf({ before: _before, ...row }: StatusSet): ClaimView {
  return claimViewFromSql(row);
}
