import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArticleTextEditor } from "@/components/editor/article-text-editor";
import { authorizeUser } from "@/lib/auth/authorize";
import { currentUser } from "@/lib/auth/session";
import type { DocNode } from "@/lib/articles/doc-text";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit text" };

export default async function EditArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/articles/${articleId}/edit`)}`);
  await authorizeUser(user.id, { articleId }, "article:import").catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { title: true, versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, doc: true } } },
  });
  const version = article?.versions[0];
  if (!article || !version) notFound();
  return (
    <main className="page page--wide">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/articles">Articles</Link> <span aria-hidden="true">›</span> <Link href={`/articles/${articleId}`}>{article.title}</Link>{" "}
        <span aria-hidden="true">›</span> <span>Edit text</span>
      </nav>
      <div className="page-head">
        <h1>Edit the text of version {version.number}</h1>
      </div>
      <p className="muted">
        Type corrections or updates as they were published. Saving stores version {version.number + 1}; version {version.number} stays readable, and
        every claim is carried over to its words, or listed for you to place.
      </p>
      <ArticleTextEditor articleId={articleId} doc={version.doc as DocNode} basedOnNumber={version.number} />
    </main>
  );
}
