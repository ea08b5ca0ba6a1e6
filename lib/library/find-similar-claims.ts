import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus, SourceRelation } from "@/lib/db/generated/enums";
import { excerpt } from "@/lib/activity/excerpt";
import { AppError, notFound } from "@/lib/errors/app-error";

/**
 * The score from which an earlier claim is suggested as "the same claim". Measured on the labelled corpus set of
 * tests/db/claim-library.test.ts (30 claims on the five corpus articles, 17 cross-article pairs of the same claim,
 * 16 distractors; top 5 per claim), which prints the whole sweep: precision 78% and recall 82% here. Both bars of the
 * issue (recall ≥ 75%, precision ≥ 60%) hold from 0.22 to 0.25; 0.24 sits inside that range with the best F1, and a
 * wrong suggestion costs a glance while a missed one costs a verdict checked twice.
 */
export const SIMILAR_CLAIM_THRESHOLD = 0.24;

/**
 * Floors of the candidate search (pg_trgm's operators, served by "Claim_exact_trgm_idx"), set low so that only the
 * combined score decides: a candidate shares some wording with the quote, as a whole (`%`, similarity) or as a run of
 * words inside the longer text (`<%`, word_similarity), or at least one lexeme (full-text, any word). They cost next to
 * nothing at the threshold: a claim sharing no word but stop words would need wording ≥ 0.48 to score 0.24.
 */
const SIMILARITY_FLOOR = 0.2;
const WORD_SIMILARITY_FLOOR = 0.4;

/** ts_rank with every weight 1 gives ~0.608 for each query word found once: dividing by it reads as "share of the quote's words". */
const RANK_PER_WORD = 0.6079;

export type FindSimilarClaimsOptions = {
  teamId: string;
  /** The claim to find look-alikes of (it must belong to `teamId`); its own article is left out unless asked for. */
  claimId?: string;
  /** Or a quote, when there is no claim yet. One of `claimId` and `quote` is required. */
  quote?: string;
  /** Also suggest claims of the same article (never the claim itself). */
  includeSameArticle?: boolean;
  /** 1 to 10; 5 by default. */
  limit?: number;
  /** Only suggestions scoring at least this (0 to 1). */
  minScore?: number;
};

export type SimilarClaim = {
  claimId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  status: ClaimStatus;
  noteExcerpt: string;
  sources: { url: string; title: string | null; relation: SourceRelation }[];
  /** 0 to 1: the mean of `wording` and `words`. */
  score: number;
  /** pg_trgm: the best of similarity and word_similarity in both directions. */
  wording: number;
  /** Full-text: about the share of the quote's words (stemmed, stop words left out) found in the claim or its note. */
  words: number;
  /** Whether a reviewer already linked this claim to the one asked about (directly). */
  linked: boolean;
};

type Row = {
  id: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  status: ClaimStatus;
  noteText: string;
  wording: number;
  words: number;
  score: number;
  linked: boolean;
};

const MAX_QUOTE = 2000;

/**
 * The team's other live claims worded like a claim or a quote, best first: pg_trgm similarity on the quoted words
 * combined with full-text rank on the quote and the reviewer's note, each with its status, note excerpt and sources.
 */
export async function findSimilarClaims(options: FindSimilarClaimsOptions, client: Db = db()): Promise<SimilarClaim[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 5), 1), 10);
  const minScore = options.minScore ?? SIMILAR_CLAIM_THRESHOLD;
  const self = options.claimId ? await ownClaim(client, options.teamId, options.claimId) : null;
  const quote = (self?.exact ?? options.quote ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUOTE);
  if (!self && !quote) throw new AppError("INVALID_INPUT", "Give a claim or some words to compare.");

  const rows = await client.$transaction(async (tx) => {
    // SET LOCAL, through set_config(..., true): the floors last until this transaction ends and never leak to the pool.
    await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_FLOOR)}, true),
                              set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_FLOOR)}, true)`;
    const anyWord = anyWordOf(Prisma.sql`${quote}::text`);
    return tx.$queryRaw<Row[]>`
      WITH candidates AS (
        SELECT c."id", c."articleId", a."title" AS "articleTitle", c."exact", c."status"::text AS "status", c."noteText",
               GREATEST(similarity(c."exact", ${quote}::text), word_similarity(${quote}::text, c."exact"), word_similarity(c."exact", ${quote}::text)) AS wording,
               -- Both ways, as for the wording: outlets word the same claim at different lengths.
               LEAST(1, GREATEST(
                 COALESCE(ts_rank('{1,1,1,1}'::float4[], search_claim_document(c."exact", c."noteText"), ${anyWord}), 0),
                 COALESCE(ts_rank('{1,1,1,1}'::float4[], to_tsvector('english', ${quote}::text), ${anyWordOf(Prisma.sql`c."exact"`)}), 0)
               ) / ${RANK_PER_WORD}::float8) AS words
        FROM "Claim" c
        JOIN "Article" a ON a."id" = c."articleId"
        WHERE a."teamId" = ${options.teamId}
          AND c."deletedAt" IS NULL
          ${self ? Prisma.sql`AND c."id" <> ${self.id}` : Prisma.empty}
          ${self && !options.includeSameArticle ? Prisma.sql`AND c."articleId" <> ${self.articleId}` : Prisma.empty}
          AND (c."exact" % ${quote}::text
               OR ${quote}::text <% c."exact"
               -- The search index's own expression (migration 20261123090000_search_indexes): to_tsvector of quote and note.
               OR search_claim_document(c."exact", c."noteText") @@ ${anyWord})
      )
      SELECT k."id", k."articleId", k."articleTitle", k."exact", k."status", k."noteText",
             k.wording::float8 AS wording, k.words::float8 AS words, ((k.wording + k.words) / 2)::float8 AS score,
             ${self
               ? Prisma.sql`EXISTS (SELECT 1 FROM "ClaimLink" l
                   WHERE (l."claimId" = ${self.id} AND l."linkedClaimId" = k."id") OR (l."claimId" = k."id" AND l."linkedClaimId" = ${self.id}))`
               : Prisma.sql`false`} AS linked
      FROM candidates k
      WHERE (k.wording + k.words) / 2 >= ${minScore}::float8
      ORDER BY score DESC, k."id"
      LIMIT ${limit}`;
  });

  const sources = await client.sourceLink.findMany({
    where: { claimId: { in: rows.map((row) => row.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { claimId: true, url: true, title: true, relation: true },
  });
  return rows.map((row) => ({
    claimId: row.id,
    articleId: row.articleId,
    articleTitle: row.articleTitle,
    exact: row.exact,
    status: row.status,
    noteExcerpt: excerpt(row.noteText, 200),
    sources: sources.filter((s) => s.claimId === row.id).map(({ url, title, relation }) => ({ url, title, relation })),
    score: round(row.score),
    wording: round(row.wording),
    words: round(row.words),
    linked: row.linked,
  }));
}

/**
 * A tsquery matching any word of a text: requiring all of them (plainto_tsquery) would miss every paraphrase. Built
 * from the text's own lexemes, each quoted so that no word reads as a tsquery operator. Over a parameter it is an
 * uncorrelated subquery, which the planner treats as a constant, so the full-text index can serve it.
 */
function anyWordOf(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ')
    FROM unnest(tsvector_to_array(to_tsvector('english', ${text}))) AS lexeme)::tsquery`;
}

async function ownClaim(client: Db, teamId: string, claimId: string) {
  const claim = await client.claim.findUnique({
    where: { id: claimId },
    select: { id: true, articleId: true, exact: true, deletedAt: true, article: { select: { teamId: true } } },
  });
  // Another team's claim answers exactly like a missing one.
  if (!claim || claim.deletedAt || claim.article.teamId !== teamId) throw notFound("That claim");
  return claim;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
