import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimEventKind } from "@/lib/db/generated/enums";
import { enqueueClaimEvent } from "@/lib/webhooks/enqueue-claim-event";

export type ClaimEventInput = {
  claimId: string;
  actorId: string;
  kind: ClaimEventKind;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/**
 * Appends one entry to a claim's history; always called inside the transaction that made the change. The team's
 * webhooks hear of it from the same transaction, so a change that rolls back is never announced.
 */
export async function recordEvent(tx: Prisma.TransactionClient, event: ClaimEventInput): Promise<void> {
  await tx.claimEvent.create({
    data: {
      claimId: event.claimId,
      actorId: event.actorId,
      kind: event.kind,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
    },
  });
  await enqueueClaimEvent(tx, event);
}
