import { db, type Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";

export type ArticleSummary = {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  updatedAt: Date;
  versions: number;
  claims: Record<ClaimStatus, number>;
};

const EMPTY_COUNTS: Record<ClaimStatus, number> = { UNREVIEWED: 0, VERIFIED: 0, DISPUTED: 0, UNSOURCED: 0 };

/** A team's articles, most recently changed first, with claim counts per status for the progress bars. */
export async function listArticles(options: { teamId: string; take?: number }, client: Db = db()): Promise<ArticleSummary[]> {
  const articles = await client.article.findMany({
    where: { teamId: options.teamId },
    orderBy: { updatedAt: "desc" },
    take: options.take ?? 200,
    select: { id: true, title: true, byline: true, siteName: true, updatedAt: true, _count: { select: { versions: true } } },
  });
  const counts = await client.claim.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: articles.map((a) => a.id) }, deletedAt: null },
    _count: { _all: true },
  });
  const byArticle = new Map<string, Record<ClaimStatus, number>>();
  for (const row of counts) {
    const entry = byArticle.get(row.articleId) ?? { ...EMPTY_COUNTS };
    entry[row.status] = row._count._all;
    byArticle.set(row.articleId, entry);
  }
  return articles.map(({ _count, ...article }) => ({
    ...article,
    versions: _count.versions,
    claims: byArticle.get(article.id) ?? { ...EMPTY_COUNTS },
  }));
}
