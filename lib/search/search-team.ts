import { z } from "zod";
import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { claimStatusSchema, idSchema } from "@/lib/claims/schemas";
import { AppError } from "@/lib/errors/app-error";

/**
 * Where a highlighted match starts and stops in a snippet. Control characters, not HTML: the page turns them into
 * <mark> elements itself, so nothing from the database is ever read as markup. They are removed from the searched
 * text before highlighting, so a stored one cannot fake a highlight.
 */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

export const SEARCH_KINDS = ["all", "claims", "articles", "comments"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_PAGE_SIZE = 20;
/**
 * Ranking needs each match's words parsed again (an index finds documents, it cannot give them back), about 60 µs
 * a claim. So when more match, only the most recently changed ones are ranked, which keeps a one-word search over
 * 10,000 claims well under 200 ms (bench/search.bench.ts); the totals stay exact, and pages stop at the pool's end.
 */
export const RANKED_POOL = 500;
const RANKED_POOL_ARTICLES = 100;
/** How much of an article's text its rank reads: the opening, where a news story says what it is about. */
const LEDE_CHARS = 1500;
/** The stretch of an article's text its excerpt is highlighted in. */
const EXCERPT_WINDOW = 1200;

const day = (what: string) => z.iso.date({ error: `Enter the ${what} date as YYYY-MM-DD.` });

export const searchTeamSchema = z
  .object({
    query: z
      .string({ error: "Type what to search for." })
      .trim()
      .min(1, { error: "Type what to search for." })
      .max(200, { error: "Keep the search under 200 characters." })
      // PostgreSQL text cannot hold NUL, nor half of a surrogate pair: refused here rather than failing in the query.
      .refine((query) => !/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(query), {
        error: "The search contains a character that cannot be searched for (a NUL character or half of an emoji).",
      }),
    status: claimStatusSchema.optional(),
    articleId: idSchema.optional(),
    /** A member: claims they are assigned to or last changed (and comments on those claims). */
    reviewerId: idSchema.optional(),
    /** Whole UTC days, both included: claims by when they last changed, comments by when they were written. */
    from: day("start").optional(),
    to: day("end").optional(),
    kind: z.enum(SEARCH_KINDS, { error: "Show claims, articles, comments or all of them." }).default("all"),
    page: z.coerce
      .number({ error: "The page must be a number." })
      .int({ error: "The page must be a whole number." })
      .min(1, { error: "Pages start at 1." })
      .max(RANKED_POOL / SEARCH_PAGE_SIZE, { error: `Only the first ${RANKED_POOL / SEARCH_PAGE_SIZE} pages are shown: add words or filters to narrow the search.` })
      .default(1),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { error: "The end date is before the start date.", path: ["to"] });

export type SearchTeamOptions = { teamId: string } & z.input<typeof searchTeamSchema>;

export type ClaimHit = {
  claimId: string;
  articleId: string;
  articleTitle: string;
  status: ClaimStatus;
  /** The quote, with matches between MATCH_START and MATCH_END. */
  quote: string;
  /** A piece of the note around its matches, or null without a note. */
  note: string | null;
  assigneeName: string | null;
  updatedByName: string | null;
  updatedAt: string;
  href: string;
};
export type ArticleHit = { articleId: string; title: string; excerpt: string; versionNumber: number; updatedAt: string; href: string };
export type CommentHit = {
  commentId: string;
  claimId: string;
  articleId: string;
  articleTitle: string;
  authorName: string | null;
  body: string;
  createdAt: string;
  href: string;
};
export type SearchGroup<T> = { total: number; items: T[] };

export type SearchResults = {
  query: string;
  page: number;
  pageSize: number;
  /** Null for a kind that was not asked for. */
  claims: SearchGroup<ClaimHit> | null;
  articles: SearchGroup<ArticleHit> | null;
  comments: SearchGroup<CommentHit> | null;
  /** True when article matches were left out because a filter (status, reviewer) applies to claims only. */
  articlesNeedClaimFilters: boolean;
};

const DAY_MS = 86_400_000;
const HIGHLIGHT = Prisma.sql`'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', '`;

/**
 * Full-text search over a team's claims (quote and note), articles (title and current text) and comments, ranked by
 * ts_rank, with filters, highlighted snippets and a page of each kind. Served by the GIN indexes of migration
 * 20261123090000_search_indexes: every `search_document`/`search_claim_document` below repeats an indexed expression.
 */
export async function searchTeam(options: SearchTeamOptions, client: Db = db()): Promise<SearchResults> {
  const parsed = searchTeamSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("INVALID_INPUT", issue?.message ?? "The search is not valid.", { fields: { [issue?.path.join(".") || "query"]: issue?.message ?? "" } });
  }
  const input = parsed.data;
  const tsq = Prisma.sql`websearch_to_tsquery('english', ${input.query}::text)`;
  const [shape] = await client.$queryRaw<{ words: number; indexable: boolean }[]>`SELECT numnode(${tsq}) AS words, querytree(${tsq}) <> 'T' AS indexable`;
  if (shape.words === 0) {
    throw new AppError("INVALID_INPUT", "Search for at least one word that is not a very common one (like “the” or “and”).", { fields: { query: "Only very common words." } });
  }
  if (!shape.indexable) throw new AppError("INVALID_INPUT", "Search for at least one word to find, not only words to leave out.", { fields: { query: "Only words to leave out." } });

  const scope = { teamId: options.teamId, tsq, input, offset: (input.page - 1) * SEARCH_PAGE_SIZE };
  const claimOnly = input.status !== undefined || input.reviewerId !== undefined;
  const wants = (kind: SearchKind) => input.kind === "all" || input.kind === kind;
  const [claims, articles, comments] = await Promise.all([
    wants("claims") ? searchClaims(client, scope) : null,
    wants("articles") && !claimOnly ? searchArticles(client, scope) : null,
    wants("comments") ? searchComments(client, scope) : null,
  ]);
  return { query: input.query, page: input.page, pageSize: SEARCH_PAGE_SIZE, claims, articles, comments, articlesNeedClaimFilters: wants("articles") && claimOnly };
}

type Scope = { teamId: string; tsq: Prisma.Sql; input: z.output<typeof searchTeamSchema>; offset: number };
/** Every query answers at least one row, carrying the total; `id` is null on that row when the page is empty. */
type Counted = { total: bigint };

/** The filters that apply to a claim (alias c), shared by claim and comment results. */
function claimFilters({ input }: Scope): Prisma.Sql {
  return Prisma.sql`
    ${input.status ? Prisma.sql`AND c."status" = ${input.status}::"ClaimStatus"` : Prisma.empty}
    ${input.articleId ? Prisma.sql`AND c."articleId" = ${input.articleId}` : Prisma.empty}
    ${input.reviewerId ? Prisma.sql`AND (c."assigneeId" = ${input.reviewerId} OR c."updatedById" = ${input.reviewerId})` : Prisma.empty}`;
}

/** `column` within the whole days from..to (UTC). */
function dateFilter({ input }: Scope, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    ${input.from ? Prisma.sql`AND ${column} >= ${new Date(`${input.from}T00:00:00Z`)}` : Prisma.empty}
    ${input.to ? Prisma.sql`AND ${column} < ${new Date(new Date(`${input.to}T00:00:00Z`).getTime() + DAY_MS)}` : Prisma.empty}`;
}

function headline(scope: Scope, text: Prisma.Sql, settings: string): Prisma.Sql {
  return Prisma.sql`ts_headline('english', translate(${text}, chr(1) || chr(2), ''), ${scope.tsq}, ${HIGHLIGHT} || ${settings})`;
}

/** A short text whole, a long one as the fragments around its matches. */
function snippet(scope: Scope, text: Prisma.Sql, whole = 400, fragments = FRAGMENTS): Prisma.Sql {
  return Prisma.sql`CASE WHEN length(${text}) <= ${whole} THEN ${headline(scope, text, "HighlightAll=true")} ELSE ${headline(scope, text, fragments)} END`;
}

const FRAGMENTS = `MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

function group<R extends Counted & { id: string | null }, T>(rows: R[], toHit: (row: R & { id: string }) => T): SearchGroup<T> {
  return { total: Number(rows[0]?.total ?? 0), items: rows.filter((row): row is R & { id: string } => row.id !== null).map(toHit) };
}

/**
 * Runs one group's query with sequential scans off, for this transaction only. Each query first takes its matches
 * from a GIN index alone (a MATERIALIZED single-table step), then joins. Left to itself, the planner parses every
 * document of the team instead whenever a word is common: it charges a bitmap scan for re-parsing each match to
 * recheck it, which an exact bitmap never does, so the index never looks cheaper than reading everything.
 */
function onIndex<T>(client: Db, query: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`;
    return query(tx);
  });
}

async function searchClaims(client: Db, scope: Scope): Promise<SearchGroup<ClaimHit>> {
  type Row = Counted & { id: string | null; articleId: string; articleTitle: string; status: ClaimStatus; quote: string; note: string | null; assigneeName: string | null; updatedByName: string | null; updatedAt: Date };
  const rows = await onIndex(client, (tx) => tx.$queryRaw<Row[]>`
    WITH found AS MATERIALIZED (
      SELECT c."id", c."articleId", c."status", c."assigneeId", c."updatedById", c."updatedAt", c."deletedAt"
      FROM "Claim" c WHERE search_claim_document(c."exact", c."noteText") @@ ${scope.tsq}
    ),
    matches AS (
      SELECT c."id", c."updatedAt" FROM found c JOIN "Article" a ON a."id" = c."articleId"
      WHERE a."teamId" = ${scope.teamId} AND c."deletedAt" IS NULL
        ${claimFilters(scope)} ${dateFilter(scope, Prisma.sql`c."updatedAt"`)}
    ),
    page AS (
      SELECT c.*, ts_rank(search_claim_document(c."exact", c."noteText"), ${scope.tsq}) AS rank
      FROM (SELECT "id" FROM matches ORDER BY "updatedAt" DESC, "id" LIMIT ${RANKED_POOL}) pool
      JOIN "Claim" c ON c."id" = pool."id"
      ORDER BY rank DESC, c."updatedAt" DESC, c."id"
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${scope.offset}
    )
    SELECT n.total, h."id", h."articleId", a."title" AS "articleTitle", h."status"::text AS "status", h."updatedAt",
           ${snippet(scope, Prisma.sql`h."exact"`, 600, "MaxFragments=2, MaxWords=60, MinWords=30")} AS "quote",
           CASE WHEN h."noteText" <> '' THEN ${snippet(scope, Prisma.sql`h."noteText"`)} END AS "note",
           assignee."name" AS "assigneeName", updater."name" AS "updatedByName"
    FROM (SELECT count(*) AS total FROM matches) n
    LEFT JOIN page h ON true
    LEFT JOIN "Article" a ON a."id" = h."articleId"
    LEFT JOIN "User" assignee ON assignee."id" = h."assigneeId"
    LEFT JOIN "User" updater ON updater."id" = h."updatedById"
    ORDER BY h.rank DESC, h."updatedAt" DESC, h."id"`);
  return group(rows, ({ total: _total, id, updatedAt, ...row }) => ({
    ...row,
    claimId: id,
    updatedAt: updatedAt.toISOString(),
    href: `/articles/${row.articleId}?claim=${id}`,
  }));
}

async function searchArticles(client: Db, scope: Scope): Promise<SearchGroup<ArticleHit>> {
  type Row = Counted & { id: string | null; title: string; excerpt: string; versionNumber: number; updatedAt: Date };
  const rows = await onIndex(client, (tx) => tx.$queryRaw<Row[]>`
    WITH titled AS MATERIALIZED (
      SELECT t."id" FROM "Article" t WHERE search_document(t."title") @@ ${scope.tsq}
    ),
    texted AS MATERIALIZED (
      SELECT v."articleId", v."number" FROM "ArticleVersion" v WHERE search_document(v."text") @@ ${scope.tsq}
    ),
    matches AS (
      SELECT a."id", a."updatedAt" FROM "Article" a
      WHERE a."teamId" = ${scope.teamId}
        AND (a."id" IN (SELECT "id" FROM titled)
             -- The current version only: words an editor has since removed are not found.
             OR a."id" IN (SELECT x."articleId" FROM texted x
                           WHERE x."number" = (SELECT max(w."number") FROM "ArticleVersion" w WHERE w."articleId" = x."articleId")))
        ${scope.input.articleId ? Prisma.sql`AND a."id" = ${scope.input.articleId}` : Prisma.empty}
        ${dateFilter(scope, Prisma.sql`a."updatedAt"`)}
    ),
    page AS (
      -- Ranked on the title and the opening of the text, where a news story says what it is about: parsing
      -- whole articles for every search would cost milliseconds each.
      SELECT a."id", a."title", a."updatedAt", v."number", v."text",
             ts_rank(setweight(to_tsvector('english', a."title"), 'A') || to_tsvector('english', left(v."text", ${LEDE_CHARS})), ${scope.tsq}) AS rank
      FROM (SELECT "id" FROM matches ORDER BY "updatedAt" DESC, "id" LIMIT ${RANKED_POOL_ARTICLES}) pool
      JOIN "Article" a ON a."id" = pool."id"
      JOIN LATERAL (SELECT "number", "text" FROM "ArticleVersion" WHERE "articleId" = a."id" ORDER BY "number" DESC LIMIT 1) v ON true
      ORDER BY rank DESC, a."updatedAt" DESC, a."id"
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${scope.offset}
    ),
    located AS (
      -- Highlighting a whole article costs as much as parsing it: highlight a window around the first place one of
      -- the searched words' stems occurs (most English stems begin their words), or the opening when none is seen.
      SELECT p.*, COALESCE((SELECT min(at) FROM (SELECT strpos(lower(p."text"), stem) AS at FROM unnest(tsvector_to_array(to_tsvector('english', ${scope.input.query}::text))) AS stem) x WHERE at > 0), 1) AS "firstMatch"
      FROM page p
    )
    SELECT n.total, h."id", ${headline(scope, Prisma.sql`h."title"`, "HighlightAll=true")} AS "title",
           ${headline(scope, Prisma.sql`substr(h."text", greatest(1, h."firstMatch" - ${EXCERPT_WINDOW / 2}), ${EXCERPT_WINDOW})`, FRAGMENTS)} AS "excerpt",
           h."number" AS "versionNumber", h."updatedAt"
    FROM (SELECT count(*) AS total FROM matches) n
    LEFT JOIN located h ON true
    ORDER BY h.rank DESC, h."updatedAt" DESC, h."id"`);
  return group(rows, ({ total: _total, id, updatedAt, ...row }) => ({ ...row, articleId: id, updatedAt: updatedAt.toISOString(), href: `/articles/${id}` }));
}

async function searchComments(client: Db, scope: Scope): Promise<SearchGroup<CommentHit>> {
  type Row = Counted & { id: string | null; claimId: string; articleId: string; articleTitle: string; authorName: string | null; body: string; createdAt: Date };
  const rows = await onIndex(client, (tx) => tx.$queryRaw<Row[]>`
    WITH found AS MATERIALIZED (
      SELECT m."id", m."claimId", m."createdAt" FROM "ClaimComment" m WHERE search_document(m."body") @@ ${scope.tsq}
    ),
    matches AS (
      SELECT m."id", m."createdAt" FROM found m
      JOIN "Claim" c ON c."id" = m."claimId"
      JOIN "Article" a ON a."id" = c."articleId"
      WHERE a."teamId" = ${scope.teamId} AND c."deletedAt" IS NULL
        ${claimFilters(scope)} ${dateFilter(scope, Prisma.sql`m."createdAt"`)}
    ),
    page AS (
      SELECT m.*, ts_rank(search_document(m."body"), ${scope.tsq}) AS rank
      FROM (SELECT "id" FROM matches ORDER BY "createdAt" DESC, "id" LIMIT ${RANKED_POOL}) pool
      JOIN "ClaimComment" m ON m."id" = pool."id"
      ORDER BY rank DESC, m."createdAt" DESC, m."id"
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${scope.offset}
    )
    SELECT n.total, h."id", h."claimId", c."articleId", a."title" AS "articleTitle", h."createdAt", u."name" AS "authorName",
           ${snippet(scope, Prisma.sql`h."body"`)} AS "body"
    FROM (SELECT count(*) AS total FROM matches) n
    LEFT JOIN page h ON true
    LEFT JOIN "Claim" c ON c."id" = h."claimId"
    LEFT JOIN "Article" a ON a."id" = c."articleId"
    LEFT JOIN "User" u ON u."id" = h."authorId"
    ORDER BY h.rank DESC, h."createdAt" DESC, h."id"`);
  return group(rows, ({ total: _total, id, createdAt, ...row }) => ({
    ...row,
    commentId: id,
    createdAt: createdAt.toISOString(),
    href: `/articles/${row.articleId}?claim=${row.claimId}`,
  }));
}
