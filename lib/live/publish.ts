import type { DbOrTx } from "@/lib/db/client";
import { LIVE_CHANNEL, NOTIFY_LIMIT_BYTES, liveEventSchema, type LiveEvent } from "./events";

/**
 * Announces a live event to every app instance. Called with the transaction that made the change: PostgreSQL
 * delivers NOTIFY only on commit, so a rolled-back write never announces itself.
 */
export async function publishArticleEvent(tx: DbOrTx, event: LiveEvent): Promise<void> {
  const payload = JSON.stringify(liveEventSchema.parse(event));
  // Fail here, with a clear message, rather than as a database error that rolls back the caller's write.
  if (Buffer.byteLength(payload, "utf8") >= NOTIFY_LIMIT_BYTES) {
    throw new Error(`Live event too large for NOTIFY (${Buffer.byteLength(payload, "utf8")} bytes)`);
  }
  // $executeRaw, not $queryRaw: pg_notify returns `void`, a column type the driver adapter does not decode.
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`;
}
