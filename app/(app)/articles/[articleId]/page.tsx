import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ExportButton } from "@/components/exports/export-button";
import { ImportAnnotationsButton } from "@/components/exports/import-annotations-button";
import { ImportArticleButton } from "@/components/import/import-article-button";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { getArticleForReview } from "@/lib/articles/get-article-for-review";
import { authorizeUser } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { packClaimViews } from "@/lib/claims/pack-claim-views";
import { currentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review" };

type PageProps = { params: Promise<{ articleId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlePage({ params, searchParams }: PageProps) {
  const { articleId } = await params;
  const query = await searchParams;
  const initialClaimId = typeof query.claim === "string" ? query.claim : undefined;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/articles/${articleId}`)}`);
  const access = await authorizeUser(user.id, { articleId }, "article:read").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const article = await getArticleForReview(articleId);
  if (!article) notFound();
  const published = article.publishedAt
    ? new Date(article.publishedAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })
    : null;
  return (
    <main className="page page--wide">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/articles">Articles</Link> <span aria-hidden="true">›</span> <span>{article.title}</span>
      </nav>
      <header className="article-head">
        <div className="page-head">
          <h1>{article.title}</h1>
          <div className="button-row">
            <ExportButton articleId={article.id} members={article.members} />
            {can(access.role, "article:import") && (
              <>
                <ImportAnnotationsButton articleId={article.id} />
                <Link className="button button--small" href={`/articles/${article.id}/edit`}>
                  Edit text
                </Link>
                <ImportArticleButton target={{ articleId: article.id }} label="Import new version" />
              </>
            )}
          </div>
        </div>
        <div className="meta">
          {article.siteName && <span>{article.siteName}</span>}
          {article.byline && <span>{article.byline}</span>}
          {published && <span>Published {published}</span>}
          <Link href={`/articles/${article.id}/versions`}>Version {article.version.number} · history</Link>
          {article.sourceUrl && (
            <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer nofollow">
              Original article
            </a>
          )}
        </div>
      </header>
      {/* A new version brings new offsets for every claim: start the workspace afresh rather than merge. */}
      <ReviewWorkspace
        key={article.version.id}
        articleId={article.id}
        versionId={article.version.id}
        versionNumber={article.version.number}
        doc={article.version.doc}
        claims={packClaimViews(article.claims)}
        unplacedClaims={article.needsAttention}
        deletedClaims={article.deletedClaims}
        members={article.members}
        suggestions={article.suggestions}
        canWrite={can(access.role, "claim:write")}
        canDelete={can(access.role, "claim:delete")}
        canApprove={can(access.role, "claim:approve")}
        initialClaimId={initialClaimId}
        initialMove={query.move === "1"}
      />
    </main>
  );
}
