import { db, type DbOrTx } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { percent } from "@/lib/reports/format";
import { emptyCounts, type StatusCounts } from "@/lib/reports/status-counts";

export type GetTeamDashboardOptions = {
  teamId: string;
  /** The dashboard's "today" (UTC); tests pin it. */
  now?: Date;
};

export type DashboardArticle = {
  id: string;
  title: string;
  total: number;
  counts: StatusCounts;
  /** Claims with any status but Unreviewed, as a whole-number share of all claims. */
  reviewedPercent: number;
  updatedAt: Date;
};

export type DashboardReviewer = { id: string; name: string | null; email: string; reviewed: number };

/** One UTC day, "2025-03-04", and the status changes made on it. */
export type DashboardDay = { day: string; reviews: number };

export type TeamDashboard = {
  articles: DashboardArticle[];
  totals: StatusCounts;
  reviewers: DashboardReviewer[];
  days: DashboardDay[];
};

export const DASHBOARD_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A team's review progress in four reads whatever the number of articles: articles, claim counts by article and
 * status, each live claim's reviewer of record, and status changes per day. Deleted claims count nowhere.
 */
export async function getTeamDashboard(options: GetTeamDashboardOptions, client: DbOrTx = db()): Promise<TeamDashboard> {
  const { teamId } = options;
  const today = startOfUtcDay(options.now ?? new Date());
  const since = new Date(today.getTime() - (DASHBOARD_DAYS - 1) * DAY_MS);

  const [articles, groups, reviewers, perDay] = await Promise.all([
    client.article.findMany({
      where: { teamId },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true, title: true, updatedAt: true },
    }),
    client.claim.groupBy({
      by: ["articleId", "status"],
      where: { article: { teamId }, deletedAt: null },
      _count: { _all: true },
    }),
    // The reviewer of record is whoever made a claim's latest status change; a claim set back to Unreviewed is not reviewed.
    client.$queryRaw<{ id: string; name: string | null; email: string; reviewed: bigint }[]>`
      SELECT u."id", u."name", u."email", COUNT(*) AS "reviewed"
      FROM (
        SELECT DISTINCT ON (e."claimId") e."claimId", e."actorId"
        FROM "ClaimEvent" e
        JOIN "Claim" c ON c."id" = e."claimId"
        JOIN "Article" a ON a."id" = c."articleId"
        WHERE a."teamId" = ${teamId} AND c."deletedAt" IS NULL AND c."status" <> 'UNREVIEWED' AND e."kind" = 'STATUS_CHANGED'
        ORDER BY e."claimId", e."at" DESC, e."id" DESC
      ) latest
      JOIN "User" u ON u."id" = latest."actorId"
      GROUP BY u."id", u."name", u."email"
      ORDER BY "reviewed" DESC, COALESCE(u."name", u."email") ASC`,
    // "at" is stored as UTC without a zone, so its text day is the UTC day.
    client.$queryRaw<{ day: string; reviews: bigint }[]>`
      SELECT to_char(e."at", 'YYYY-MM-DD') AS "day", COUNT(*) AS "reviews"
      FROM "ClaimEvent" e
      JOIN "Claim" c ON c."id" = e."claimId"
      JOIN "Article" a ON a."id" = c."articleId"
      WHERE a."teamId" = ${teamId} AND c."deletedAt" IS NULL AND e."kind" = 'STATUS_CHANGED'
        AND e."at" >= ${since} AND e."at" < ${new Date(today.getTime() + DAY_MS)}
      GROUP BY 1`,
  ]);

  const countsByArticle = new Map<string, StatusCounts>();
  const totals = emptyCounts();
  for (const group of groups) {
    const counts = countsByArticle.get(group.articleId) ?? emptyCounts();
    counts[group.status as ClaimStatus] += group._count._all;
    totals[group.status as ClaimStatus] += group._count._all;
    countsByArticle.set(group.articleId, counts);
  }

  const reviewsByDay = new Map(perDay.map((row) => [row.day, Number(row.reviews)]));
  const days: DashboardDay[] = [];
  for (let i = 0; i < DASHBOARD_DAYS; i++) {
    const day = dayKey(new Date(since.getTime() + i * DAY_MS));
    days.push({ day, reviews: reviewsByDay.get(day) ?? 0 });
  }

  return {
    articles: articles.map((article) => {
      const counts = countsByArticle.get(article.id) ?? emptyCounts();
      const total = counts.VERIFIED + counts.DISPUTED + counts.UNSOURCED + counts.UNREVIEWED;
      return { ...article, counts, total, reviewedPercent: percent(total - counts.UNREVIEWED, total) };
    }),
    totals,
    reviewers: reviewers.map((r) => ({ id: r.id, name: r.name, email: r.email, reviewed: Number(r.reviewed) })),
    days,
  };
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}
