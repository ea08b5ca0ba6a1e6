import type { Metadata } from "next";
import Link from "next/link";
import { listArticles } from "@/lib/articles/list-articles";
import { can } from "@/lib/auth/permissions";
import { ImportArticleButton } from "@/components/import/import-article-button";
import { requireUserAndTeam } from "../current-team";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  const { team } = await requireUserAndTeam();
  if (!team) {
    return (
      <main className="page">
        <p className="empty">You are not in a team yet. Ask a team owner for an invitation link.</p>
      </main>
    );
  }
  const articles = await listArticles({ teamId: team.id });
  const mayImport = can(team.role, "article:import");
  return (
    <main className="page">
      <div className="page-head">
        <h1>Articles</h1>
        {mayImport && <ImportArticleButton target={{ teamId: team.id }} />}
      </div>
      {articles.length === 0 ? (
        <p className="empty">No articles yet.{mayImport ? " Use “Import article” to bring one in." : ""}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => {
            const total = Object.values(article.claims).reduce((a, b) => a + b, 0);
            const reviewed = total - article.claims.UNREVIEWED;
            return (
              <li key={article.id}>
                <Link className="title" href={`/articles/${article.id}`}>
                  {article.title}
                </Link>
                <div className="meta">
                  {article.siteName && <span>{article.siteName}</span>}
                  {article.byline && <span>{article.byline}</span>}
                  <span>
                    {total === 0 ? "No claims yet" : `${reviewed} of ${total} claims reviewed`}
                  </span>
                  <span>Updated {article.updatedAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}</span>
                </div>
                {total > 0 && (
                  <div className="progress" role="progressbar" aria-label={`Review progress of ${article.title}`} aria-valuemin={0} aria-valuemax={total} aria-valuenow={reviewed}>
                    <span style={{ width: `${Math.round((reviewed / total) * 100)}%` }} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
