import type { DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { WebhookEvent } from "@/lib/db/generated/enums";

export type TakeDueDeliveriesOptions = { now: Date; limit: number; leaseMs: number };

export type TakenDelivery = {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  payload: Prisma.JsonValue;
  /** Counting this attempt; also the fencing token for writing its outcome. */
  attempts: number;
  url: string;
  secret: string;
  active: boolean;
};

/**
 * Claims up to `limit` due deliveries for this worker in one statement. SKIP LOCKED lets workers in other processes
 * take other rows instead of waiting; the lease (`lockedUntil`) keeps a taken row from being taken again once this
 * statement commits, and lets another worker pick it up if this one dies before writing the outcome.
 */
export async function takeDueDeliveries(client: DbOrTx, options: TakeDueDeliveriesOptions): Promise<TakenDelivery[]> {
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs);
  return client.$queryRaw<TakenDelivery[]>`
    UPDATE "WebhookDelivery" AS d
    SET "lockedUntil" = ${leaseUntil}, "attempts" = d."attempts" + 1
    FROM "Webhook" AS w
    WHERE w."id" = d."webhookId" AND d."id" IN (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "state" = 'PENDING' AND "nextAttemptAt" <= ${options.now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${options.now})
      ORDER BY "nextAttemptAt"
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING d."id", d."webhookId", d."event"::text AS "event", d."payload", d."attempts", w."url", w."secret", w."active"`;
}
