import type { DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertNotApproved } from "@/lib/activity/approval-rules";
import { AppError, notFound } from "@/lib/errors/app-error";
import { claimViewSelect, toClaimView, type ClaimViewRow } from "./claim-view";

type Current = ClaimViewRow;

type RevisionGuard = {
  claimId: string;
  /** The revision the editor saw. */
  revision: number;
  /** Only approving and reopening may write to an approved claim; every other edit is refused while it is locked. */
  approvalChange?: boolean;
};

/**
 * Optimistic concurrency for claim edits: the write names the revision the editor saw. If someone saved in between,
 * nothing is written and the editor gets a CONFLICT carrying the claim as it is now and who changed it.
 */
export async function updateWithRevision(
  tx: Prisma.TransactionClient,
  options: RevisionGuard & { actorId: string; data: Prisma.ClaimUncheckedUpdateManyInput },
): Promise<Current> {
  const current = await readCurrent(tx, options.claimId);
  refuseUnlessWritable(current, options);
  const { count } = await tx.claim.updateMany({
    // The revision in the filter makes a concurrent approval (which bumps it) refuse this write too.
    where: { id: options.claimId, revision: options.revision, deletedAt: null },
    data: { ...options.data, updatedById: options.actorId, revision: { increment: 1 } },
  });
  // Another save committed between our read and our write.
  if (count === 0) return throwWhyRefused(tx, options);
  return current;
}

/**
 * Why a write guarded by the revision found no row to change, as an error: the claim is gone, someone saved in
 * between (CONFLICT with their version), or it is approved and locked.
 */
export async function throwWhyRefused(client: DbOrTx, options: RevisionGuard): Promise<never> {
  const current = await readCurrent(client, options.claimId);
  refuseUnlessWritable(current, options);
  // The revision matches again by now, so the write lost a race: the editor should look before retrying.
  throw conflict(current);
}

function readCurrent(client: DbOrTx, claimId: string): Promise<Current | null> {
  return client.claim.findUnique({ where: { id: claimId }, select: claimViewSelect });
}

/** Throws why a write naming `options.revision` may not change this claim; returns when it may. */
function refuseUnlessWritable(current: Current | null, options: RevisionGuard): asserts current is Current {
  if (!current || current.deletedAt) throw notFound("That claim");
  if (current.revision !== options.revision) throw conflict(current);
  if (!options.approvalChange) assertNotApproved(current);
}

function conflict(current: Current): AppError {
  const who = current.updatedBy.name ?? "a teammate";
  return new AppError("CONFLICT", `This claim was changed by ${who} while you were editing. Review their version, then apply yours again if it still holds.`, {
    details: { current: toClaimView(current) },
  });
}
