import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { countClaimsByStatus, EMPTY_STATUS_COUNTS } from "./count-claims-by-status";
import type { ArticleSummary } from "./list-articles";

/** One article as the article list shows it, plus its current version's text (the API's article detail). */
export async function getArticleSummary(options: { articleId: string }, client: Db = db()) {
  const row = await client.article.findUnique({
    where: { id: options.articleId },
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
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, createdAt: true, text: true } },
    },
  });
  if (!row) throw notFound("That article");
  const { _count, versions, ...rest } = row;
  const counts = await countClaimsByStatus([row.id], client);
  const article: ArticleSummary = { ...rest, versions: _count.versions, claims: counts.get(row.id) ?? { ...EMPTY_STATUS_COUNTS } };
  return { article, currentVersion: versions[0] };
}
