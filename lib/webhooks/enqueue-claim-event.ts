import type { Prisma } from "@/lib/db/generated/client";
import { ClaimStatus, type ClaimEventKind, type WebhookEvent } from "@/lib/db/generated/enums";
import { articleReviewCounts } from "./article-review-counts";
import { queueDeliveries } from "./queue-deliveries";

/** The same shape as a claim history entry, so the history writer can pass its own argument straight on. */
export type EnqueueClaimEventOptions = { claimId: string; actorId: string; kind: ClaimEventKind; before?: unknown; after?: unknown };

type Subscription = {
  webhookId: string;
  events: string[];
  teamId: string;
  articleId: string;
  title: string;
  exact: string;
  status: ClaimStatus;
  actorName: string | null;
};

const EVENTS_OF_KIND: Partial<Record<ClaimEventKind, WebhookEvent[]>> = {
  CREATED: ["CLAIM_CREATED"],
  STATUS_CHANGED: ["CLAIM_STATUS_CHANGED", "REVIEW_COMPLETED"],
};

/** The webhook events a history entry of this kind may cause (none for most kinds). */
export const webhookEventsOf = (kind: ClaimEventKind): WebhookEvent[] => EVENTS_OF_KIND[kind] ?? [];

const asStatus = (value: unknown): ClaimStatus | null => (typeof value === "string" && value in ClaimStatus ? (value as ClaimStatus) : null);

/**
 * Queues the webhook deliveries a claim history entry causes: claim.created, claim.status_changed, and
 * review.completed when a verdict leaves the article with no Unreviewed claim. Runs in the transaction of the change.
 * Other kinds of entry cost nothing; a team without subscribed webhooks costs one query.
 */
export async function enqueueClaimEvent(tx: Prisma.TransactionClient, options: EnqueueClaimEventOptions): Promise<{ queued: number }> {
  const wanted = webhookEventsOf(options.kind);
  if (wanted.length === 0) return { queued: 0 };
  // One query for the claim, its article, the actor's name and every webhook of the team that listens.
  const rows = await tx.$queryRaw<Subscription[]>`
    SELECT w."id" AS "webhookId", w."events"::text[] AS "events", a."teamId", a."id" AS "articleId", a."title",
           c."exact", c."status"::text AS "status", u."name" AS "actorName"
    FROM "Claim" c
    JOIN "Article" a ON a."id" = c."articleId"
    JOIN "Webhook" w ON w."teamId" = a."teamId" AND w."active" AND w."events" && ${wanted}::"WebhookEvent"[]
    LEFT JOIN "User" u ON u."id" = ${options.actorId}
    WHERE c."id" = ${options.claimId}`;
  if (rows.length === 0) return { queued: 0 };

  const [first] = rows;
  const listening = (event: WebhookEvent) => rows.filter((row) => row.events.includes(event)).map((row) => row.webhookId);
  const common = { teamId: first.teamId };
  const actor = { id: options.actorId, name: first.actorName };
  const claim = {
    claimId: options.claimId,
    articleId: first.articleId,
    articleTitle: first.title,
    quote: first.exact,
    path: `/articles/${first.articleId}?claim=${options.claimId}`,
  };
  let queued = 0;

  if (options.kind === "CREATED") {
    const data = { ...claim, status: first.status, actor };
    return { queued: await queueDeliveries(tx, { ...common, webhookIds: listening("CLAIM_CREATED"), event: "CLAIM_CREATED", data }) };
  }

  const before = asStatus(options.before);
  const after = asStatus(options.after) ?? first.status;
  const data = { ...claim, statusBefore: before, statusAfter: after, actor };
  queued += await queueDeliveries(tx, { ...common, webhookIds: listening("CLAIM_STATUS_CHANGED"), event: "CLAIM_STATUS_CHANGED", data });

  const reviewListeners = listening("REVIEW_COMPLETED");
  if (reviewListeners.length > 0 && before === "UNREVIEWED" && after !== "UNREVIEWED") {
    const counts = await articleReviewCounts(tx, first.articleId);
    if (counts.UNREVIEWED === 0) {
      const review = { articleId: first.articleId, articleTitle: first.title, path: `/articles/${first.articleId}`, counts, actor };
      queued += await queueDeliveries(tx, { ...common, webhookIds: reviewListeners, event: "REVIEW_COMPLETED", data: review });
    }
  }
  return { queued };
}
