/**
 * The two writes reviewers make most (mark a claim, give a verdict) as one SQL statement each: the claim row, its
 * placement and history entry, and the live NOTIFY, all or nothing, in a single round trip.
 *
 * Why by hand: through Prisma the same work took an interactive transaction and eight to ten statements, and under
 * 50 concurrent writers each statement's round trip and the transaction's bookkeeping were most of the cost
 * (README, performance). A statement is atomic on its own, so outside a transaction no BEGIN/COMMIT is needed.
 *
 * Webhooks keep their guarantee (a delivery is queued in the same transaction as the change): with
 * `unlessWebhooksListen`, the statement writes nothing when one of the team's webhooks listens for the change, and
 * the caller makes it in a transaction with the delivery instead.
 */
import { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { LIVE_CHANNEL } from "@/lib/live/events";
import { newId } from "@/lib/db/new-id";
import { webhookEventsOf } from "@/lib/webhooks/enqueue-claim-event";
import { selectClaimViewFrom, type ClaimViewSqlRow } from "./claim-view-sql";

type Quote = { exact: string; prefix: string; suffix: string };

export type InsertClaim = { id: string; articleId: string; versionId: string; userId: string; start: number; end: number; quote: Quote };

/** NOTIFY of the change to `row` (a CTE with id, articleId and revision): the payload publishClaimChange sends. */
function notifyChangeOf(row: "claim" | "changed", actorId: string, change: "created" | "updated"): Prisma.Sql {
  const alias = Prisma.raw(row);
  return Prisma.sql`SELECT pg_notify(${LIVE_CHANNEL}, json_build_object(
      'kind', 'claim', 'articleId', ${alias}."articleId", 'claimId', ${alias}."id", 'revision', ${alias}."revision",
      'actorId', ${actorId}::text, 'change', ${change}::text, 'at', ${Date.now()}::bigint)::text) FROM ${alias}`;
}

/** What a new claim's CREATED history entry (and webhook payload) records as its state after the change. */
export function createdEventAfter(claim: InsertClaim): { start: number; end: number; exact: string } {
  return { start: claim.start, end: claim.end, exact: claim.quote.exact };
}

/**
 * Rows: the new claim's view (`selectClaimViewFrom`); none when `unlessWebhooksListen` held it back, or when the
 * version the span counts in is no longer the article's current one (or the article is gone).
 */
export function insertClaimSql(claim: InsertClaim, options: { unlessWebhooksListen: boolean }): Prisma.Sql {
  const after = JSON.stringify(createdEventAfter(claim));
  return Prisma.sql`
    WITH listening AS (
      SELECT 1 FROM "Webhook" w JOIN "Article" a ON a."teamId" = w."teamId"
      WHERE a."id" = ${claim.articleId} AND w."active" AND w."events" && ${webhookEventsOf("CREATED")}::"WebhookEvent"[]
    ),
    claim AS (
      INSERT INTO "Claim" ("id", "articleId", "versionId", "exact", "prefix", "suffix", "start", "end", "createdById", "updatedById", "updatedAt")
      SELECT ${claim.id}, ${claim.articleId}, ${claim.versionId}, ${claim.quote.exact}, ${claim.quote.prefix}, ${claim.quote.suffix},
             ${claim.start}::int, ${claim.end}::int, ${claim.userId}, ${claim.userId}, now()
      WHERE (NOT ${options.unlessWebhooksListen}::boolean OR NOT EXISTS (SELECT 1 FROM listening))
        -- The span counts in this version's text: it must still be the article's current version (and the article
        -- still there), or the claim would land on other words.
        AND EXISTS (
          SELECT 1 FROM "ArticleVersion" v
          WHERE v."id" = ${claim.versionId} AND v."articleId" = ${claim.articleId}
            AND NOT EXISTS (SELECT 1 FROM "ArticleVersion" newer WHERE newer."articleId" = v."articleId" AND newer."number" > v."number")
        )
      RETURNING *
    ),
    placement AS (
      INSERT INTO "ClaimPlacement" ("id", "claimId", "versionId", "state", "start", "end", "score")
      SELECT ${newId()}, "id", ${claim.versionId}, 'ANCHORED', ${claim.start}::int, ${claim.end}::int, 1 FROM claim
    ),
    history AS (
      INSERT INTO "ClaimEvent" ("id", "claimId", "actorId", "kind", "after")
      SELECT ${newId()}, "id", ${claim.userId}, 'CREATED', ${after}::jsonb FROM claim
    ),
    notified AS (${notifyChangeOf("claim", claim.userId, "created")})
    ${selectClaimViewFrom("claim")}
    WHERE (SELECT count(*) FROM notified) >= 0`;
}

export type SetStatus = { claimId: string; revision: number; userId: string; status: ClaimStatus };

/** A row of setStatusSql: the claim's view after the change, and its status before. */
export type StatusSet = ClaimViewSqlRow & { before: ClaimStatus };

/**
 * Rows: the claim's view after the change, and the status before (`StatusSet`); none when the claim is missing,
 * deleted, approved (locked) or at another revision, or when `unlessWebhooksListen` held the change back. The caller
 * tells those apart with a read.
 */
export function setStatusSql(update: SetStatus, options: { unlessWebhooksListen: boolean }): Prisma.Sql {
  return Prisma.sql`
    WITH listening AS (
      SELECT 1 FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" JOIN "Webhook" w ON w."teamId" = a."teamId"
      WHERE c."id" = ${update.claimId} AND w."active" AND w."events" && ${webhookEventsOf("STATUS_CHANGED")}::"WebhookEvent"[]
    ),
    current AS (
      SELECT "id", "status" FROM "Claim"
      WHERE "id" = ${update.claimId} AND "revision" = ${update.revision}::int AND "deletedAt" IS NULL AND "approvedAt" IS NULL
        AND (NOT ${options.unlessWebhooksListen}::boolean OR NOT EXISTS (SELECT 1 FROM listening))
      FOR UPDATE
    ),
    changed AS (
      UPDATE "Claim" c SET "status" = ${update.status}::"ClaimStatus", "revision" = c."revision" + 1, "updatedById" = ${update.userId}, "updatedAt" = now()
      FROM current WHERE c."id" = current."id" AND c."revision" = ${update.revision}::int
      RETURNING c.*, current."status"::text AS "before"
    ),
    history AS (
      INSERT INTO "ClaimEvent" ("id", "claimId", "actorId", "kind", "before", "after")
      SELECT ${newId()}, "id", ${update.userId}, 'STATUS_CHANGED', to_jsonb("before"), to_jsonb(${update.status}::text)
      FROM changed WHERE "before" <> ${update.status}::text
    ),
    notified AS (${notifyChangeOf("changed", update.userId, "updated")})
    ${selectClaimViewFrom("changed", Prisma.sql`, c."before"`)}
    WHERE (SELECT count(*) FROM notified) >= 0`;
}
