import { db, type DbOrTx } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors/app-error";

export type ListClaimAppearancesOptions = { teamId: string; claimId: string };

export type ClaimAppearance = {
  claimId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  status: ClaimStatus;
  /** The review page, opened on this claim. */
  href: string;
  /** Linked to the claim asked about by a link of its own (which can be removed), not only through other claims. */
  linkedDirectly: boolean;
};

type Row = Omit<ClaimAppearance, "href">;

/**
 * Every other place the same claim appears: the claims linked to this one, directly or through each other (links
 * are followed transitively), with their article, status and review page; deleted claims are left out.
 */
export async function listClaimAppearances(options: ListClaimAppearancesOptions, client: DbOrTx = db()): Promise<ClaimAppearance[]> {
  const { teamId, claimId } = options;
  const own = await client.claim.findUnique({ where: { id: claimId }, select: { article: { select: { teamId: true } } } });
  if (!own || own.article.teamId !== teamId) throw notFound("That claim");
  // UNION (not UNION ALL) stops at claims already reached, so cycles of links end. Each step uses the pair's unique
  // index (from the lower id) or the linkedClaimId index (from the higher one).
  const rows = await client.$queryRaw<Row[]>`
    WITH RECURSIVE same(id) AS (
      SELECT ${claimId}::text
      UNION
      SELECT CASE WHEN l."claimId" = same.id THEN l."linkedClaimId" ELSE l."claimId" END
      FROM same
      JOIN "ClaimLink" l ON (l."claimId" = same.id OR l."linkedClaimId" = same.id) AND l."teamId" = ${teamId}
    )
    SELECT c."id" AS "claimId", c."articleId", a."title" AS "articleTitle", c."exact", c."status"::text AS "status",
           EXISTS (SELECT 1 FROM "ClaimLink" d
                   WHERE (d."claimId" = ${claimId} AND d."linkedClaimId" = c."id") OR (d."claimId" = c."id" AND d."linkedClaimId" = ${claimId})) AS "linkedDirectly"
    FROM same
    JOIN "Claim" c ON c."id" = same.id
    JOIN "Article" a ON a."id" = c."articleId"
    WHERE c."id" <> ${claimId} AND c."deletedAt" IS NULL AND a."teamId" = ${teamId}
    ORDER BY a."title", c."start", c."id"`;
  return rows.map((row) => ({ ...row, href: `/articles/${row.articleId}?claim=${row.claimId}` }));
}
