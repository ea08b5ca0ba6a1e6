import { db, type Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { countClaimsByStatus, EMPTY_STATUS_COUNTS } from "./count-claims-by-status";

export type ArticleSummary = {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  language: string | null;
  createdAt: Date;
  updatedAt: Date;
  versions: number;
  claims: Record<ClaimStatus, number>;
};


export type ListArticlesOptions = {
  teamId: string;
  take?: number;
  /** Continue after this article id (cursor pagination in the same order). */
  after?: string;
  /** Only titles containing this, any case. */
  titleContains?: string;
  /** Only articles changed at or after this instant. */
  updatedSince?: Date;
};

/** A team's articles, most recently changed first, with claim counts per status for the progress bars. */
export async function listArticles(options: ListArticlesOptions, client: Db = db()): Promise<ArticleSummary[]> {
  const articles = await client.article.findMany({
    where: {
      teamId: options.teamId,
      ...(options.titleContains ? { title: { contains: options.titleContains, mode: "insensitive" as const } } : {}),
      ...(options.updatedSince ? { updatedAt: { gte: options.updatedSince } } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: options.take ?? 200,
    ...(options.after ? { cursor: { id: options.after }, skip: 1 } : {}),
    select: {
      id: true,
      title: true,
      byline: true,
      siteName: true,
      sourceUrl: true,
      publishedAt: true,
      language: true,
      createdAt: true,
      updatedAt: true,
      _count: { select: { versions: true } },
    },
  });
  const byArticle = await countClaimsByStatus(articles.map((a) => a.id), client);
  return articles.map(({ _count, ...article }) => ({
    ...article,
    versions: _count.versions,
    claims: byArticle.get(article.id) ?? { ...EMPTY_STATUS_COUNTS },
  }));
}
