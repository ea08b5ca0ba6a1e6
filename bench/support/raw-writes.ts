/**
 * The same writes as createClaim and setClaimStatus, as hand-written SQL through `pg`: the claim row, its placement
 * and history event, and the live NOTIFY, in one transaction. The floor a server action is compared with: no HTTP,
 * no session, no authorization, no ORM.
 */
import { randomUUID } from "node:crypto";
import type { Pool, PoolClient } from "pg";

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

type Quote = { exact: string; prefix: string; suffix: string };

export function rawCreateClaim(pool: Pool, claim: { articleId: string; versionId: string; userId: string; start: number; end: number; quote: Quote }): Promise<string> {
  return inTransaction(pool, async (client) => {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "Claim" (id, "articleId", "versionId", exact, prefix, suffix, start, "end", "createdById", "updatedById", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, now())`,
      [id, claim.articleId, claim.versionId, claim.quote.exact, claim.quote.prefix, claim.quote.suffix, claim.start, claim.end, claim.userId],
    );
    await client.query(`INSERT INTO "ClaimPlacement" (id, "claimId", "versionId", state, start, "end", score) VALUES ($1, $2, $3, 'ANCHORED', $4, $5, 1)`, [
      randomUUID(),
      id,
      claim.versionId,
      claim.start,
      claim.end,
    ]);
    await client.query(`INSERT INTO "ClaimEvent" (id, "claimId", "actorId", kind, after) VALUES ($1, $2, $3, 'CREATED', $4)`, [
      randomUUID(),
      id,
      claim.userId,
      JSON.stringify({ start: claim.start, end: claim.end, exact: claim.quote.exact }),
    ]);
    await notify(client, { articleId: claim.articleId, claimId: id, revision: 1, actorId: claim.userId, change: "created" });
    return id;
  });
}

/** Returns the new revision, or null when the claim was changed in between (the action's CONFLICT). */
export function rawSetStatus(pool: Pool, update: { articleId: string; claimId: string; revision: number; userId: string; status: string; before: string }): Promise<number | null> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ revision: number }>(
      `UPDATE "Claim" SET status = $1::"ClaimStatus", revision = revision + 1, "updatedById" = $2, "updatedAt" = now()
       WHERE id = $3 AND revision = $4 AND "deletedAt" IS NULL RETURNING revision`,
      [update.status, update.userId, update.claimId, update.revision],
    );
    if (rows.length === 0) return null;
    await client.query(`INSERT INTO "ClaimEvent" (id, "claimId", "actorId", kind, before, after) VALUES ($1, $2, $3, 'STATUS_CHANGED', $4, $5)`, [
      randomUUID(),
      update.claimId,
      update.userId,
      JSON.stringify(update.before),
      JSON.stringify(update.status),
    ]);
    await notify(client, { articleId: update.articleId, claimId: update.claimId, revision: rows[0].revision, actorId: update.userId, change: "updated" });
    return rows[0].revision;
  });
}

function notify(client: PoolClient, event: { articleId: string; claimId: string; revision: number; actorId: string; change: string }) {
  return client.query("SELECT pg_notify('factdesk_live', $1)", [JSON.stringify({ kind: "claim", ...event, at: Date.now() })]);
}
