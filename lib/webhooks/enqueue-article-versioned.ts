import type { Prisma } from "@/lib/db/generated/client";
import type { AnchorState } from "@/lib/db/generated/enums";
import { queueDeliveries } from "./queue-deliveries";

export type EnqueueArticleVersionedOptions = {
  articleId: string;
  versionId: string;
  /** The new version's number (2 for the first re-import). */
  number: number;
  /** How the article's live claims landed on the new version. */
  outcomes: Record<AnchorState, number>;
  actorId: string;
};

type Subscription = { webhookId: string; teamId: string; title: string; actorName: string | null };

/**
 * Queues article.versioned for the team's webhooks that listen, in the transaction that stored the version. One
 * query (the article, the actor and the listening webhooks together) when nobody listens.
 */
export async function enqueueArticleVersioned(tx: Prisma.TransactionClient, options: EnqueueArticleVersionedOptions): Promise<{ queued: number }> {
  const rows = await tx.$queryRaw<Subscription[]>`
    SELECT w."id" AS "webhookId", a."teamId", a."title", u."name" AS "actorName"
    FROM "Article" a
    JOIN "Webhook" w ON w."teamId" = a."teamId" AND w."active" AND 'ARTICLE_VERSIONED' = ANY(w."events")
    LEFT JOIN "User" u ON u."id" = ${options.actorId}
    WHERE a."id" = ${options.articleId}`;
  if (rows.length === 0) return { queued: 0 };
  const [first] = rows;
  const data = {
    articleId: options.articleId,
    articleTitle: first.title,
    versionId: options.versionId,
    versionNumber: options.number,
    claimsByAnchorState: options.outcomes,
    actor: { id: options.actorId, name: first.actorName },
    path: `/articles/${options.articleId}`,
  };
  const webhookIds = rows.map((row) => row.webhookId);
  return { queued: await queueDeliveries(tx, { webhookIds, teamId: first.teamId, event: "ARTICLE_VERSIONED", data }) };
}
