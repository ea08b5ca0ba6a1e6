import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

export type RedeliverOptions = { teamId: string; deliveryId: string; now?: Date };

/**
 * Puts a delivered or failed delivery back in the queue, due now, with a fresh set of retries. The body (and its
 * event id) stays the same, so a receiver that already handled it can tell.
 */
export async function redeliver(options: RedeliverOptions, client: Db = db()): Promise<{ deliveryId: string }> {
  const now = options.now ?? new Date();
  // One conditional write: scoped to the team, to a finished delivery, and to a webhook that is on.
  const { count } = await client.webhookDelivery.updateMany({
    where: { id: options.deliveryId, state: { in: ["DELIVERED", "FAILED"] }, webhook: { teamId: options.teamId, active: true } },
    data: { state: "PENDING", attempts: 0, nextAttemptAt: now, lockedUntil: null, deliveredAt: null },
  });
  if (count === 1) return { deliveryId: options.deliveryId };
  const delivery = await client.webhookDelivery.findFirst({
    where: { id: options.deliveryId, webhook: { teamId: options.teamId } },
    select: { state: true, webhook: { select: { active: true } } },
  });
  if (!delivery) throw notFound("That delivery");
  if (!delivery.webhook.active) throw new AppError("CONFLICT", "This webhook is switched off. Switch it on before sending again.");
  throw new AppError("CONFLICT", "This delivery is already waiting to be sent.");
}
