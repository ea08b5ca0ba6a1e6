/**
 * A claim's view read in SQL, as the last step of the statement that wrote the claim: the write answers what the
 * editor sees next without a second round trip. It reads what `claimViewSelect` reads (the people as id and name,
 * the sources in the order they were added); tests/db/claim-writes.test.ts holds the two equal.
 */
import { Prisma } from "@/lib/db/generated/client";
import type { SourceRelation } from "@/lib/db/generated/enums";
import { toClaimView, type ClaimView, type ClaimViewRow } from "./claim-view";

/** A timestamp(3) column (stored in UTC) as the ISO string `Date.toISOString` gives, inside JSON. */
const isoOf = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * `SELECT <the view's columns> FROM <cte>`: `cte` names a CTE whose rows are whole "Claim" rows as written (an
 * INSERT or UPDATE … RETURNING *). `extra` adds columns the caller needs beside the view.
 */
export function selectClaimViewFrom(cte: string, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."versionId", c."start", c."end", c."exact", c."prefix", c."suffix", c."status", c."note", c."noteText", c."revision",
           c."createdAt", c."updatedAt", c."deletedAt", c."anchorState", c."approvedAt",
           CASE WHEN assignee."id" IS NULL THEN NULL ELSE json_build_object('id', assignee."id", 'name', assignee."name") END AS "assignee",
           json_build_object('id', creator."id", 'name', creator."name") AS "createdBy",
           json_build_object('id', updater."id", 'name', updater."name") AS "updatedBy",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', s."id", 'url', s."url", 'title', s."title", 'publisher', s."publisher", 'relation', s."relation",
                      'createdAt', ${isoOf('s."createdAt"')}, 'addedBy', json_build_object('id', adder."id", 'name', adder."name"))
                    ORDER BY s."createdAt", s."id")
             FROM "SourceLink" s JOIN "User" adder ON adder."id" = s."addedById" WHERE s."claimId" = c."id"
           ), '[]'::json) AS "sources"
           ${extra}
    FROM ${Prisma.raw(cte)} c
    JOIN "User" creator ON creator."id" = c."createdById"
    JOIN "User" updater ON updater."id" = c."updatedById"
    LEFT JOIN "User" assignee ON assignee."id" = c."assigneeId"`;
}

type SourceJson = Omit<ClaimViewRow["sources"][number], "createdAt" | "relation"> & { createdAt: string; relation: string };

/** A row of `selectClaimViewFrom`, as `$queryRaw` answers it (JSON parsed, the sources' dates still strings). */
export type ClaimViewSqlRow = Omit<ClaimViewRow, "sources"> & { sources: SourceJson[] };

/** The view of a `selectClaimViewFrom` row: the row made what Prisma reads with `claimViewSelect`, then `toClaimView`. */
export function claimViewFromSql({ sources, ...claim }: ClaimViewSqlRow): ClaimView {
  return toClaimView({
    ...claim,
    sources: sources.map((source) => ({ ...source, relation: source.relation as SourceRelation, createdAt: new Date(source.createdAt) })),
  });
}
