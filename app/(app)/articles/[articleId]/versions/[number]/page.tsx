import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionReview } from "@/components/revisions/revision-review";
import { getVersionReview } from "@/lib/articles/get-version-review";
import { can } from "@/lib/auth/permissions";
import { readAccess } from "../load-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Version" };

export default async function VersionPage({ params }: { params: Promise<{ articleId: string; number: string }> }) {
  const { articleId, number: raw } = await params;
  const { role } = await readAccess(articleId, `/articles/${articleId}/versions/${raw}`);
  const number = Number(raw);
  if (!Number.isInteger(number) || number < 1) notFound();
  const review = await getVersionReview(articleId, number);
  if (!review) notFound();
  const stored = new Date(review.version.createdAt).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const waiting = review.placements.filter((p) => p.state === "NEEDS_REVIEW").length;
  return (
    <main className="page page--wide">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/articles">Articles</Link> <span aria-hidden="true">›</span> <Link href={`/articles/${articleId}`}>{review.title}</Link>{" "}
        <span aria-hidden="true">›</span> <Link href={`/articles/${articleId}/versions`}>Versions</Link> <span aria-hidden="true">›</span>{" "}
        <span>Version {number}</span>
      </nav>
      <div className="page-head">
        <h1>
          Version {number}
          {number === review.latestNumber ? " (current)" : ""}
        </h1>
        <div className="button-row">
          {number > 1 && (
            <Link className="button button--small" href={`/articles/${articleId}/versions/compare?from=${number - 1}&to=${number}`}>
              Compare with version {number - 1}
            </Link>
          )}
          <Link className="button button--small" href={`/articles/${articleId}`}>
            Back to review
          </Link>
        </div>
      </div>
      <p className="muted">
        Stored {stored} by {review.version.createdBy}.{" "}
        {waiting > 0 ? `${waiting} claim${waiting === 1 ? "" : "s"} need${waiting === 1 ? "s" : ""} your decision.` : "Every claim on this version is settled."}
      </p>
      <RevisionReview review={review} canWrite={can(role, "claim:write")} />
    </main>
  );
}
