import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listVersions, type VersionSummary } from "@/lib/articles/list-versions";
import { db } from "@/lib/db/client";
import { readAccess } from "./load-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Version history" };

const COLOURS = { ANCHORED: "#2f7d3b", MOVED: "#5a9bd5", NEEDS_REVIEW: "#d69a1c", ORPHANED: "#9a9a94" } as const;
const LABELS = { ANCHORED: "kept", MOVED: "moved", NEEDS_REVIEW: "to review", ORPHANED: "orphaned" } as const;

function LandingBar({ placements }: { placements: VersionSummary["placements"] }) {
  const total = Object.values(placements).reduce((a, b) => a + b, 0);
  const words = (Object.keys(LABELS) as (keyof typeof LABELS)[]).filter((state) => placements[state] > 0).map((state) => `${placements[state]} ${LABELS[state]}`);
  if (total === 0) return <span className="muted small">No claims</span>;
  return (
    <span className="button-row">
      <span className="landing-bar" role="img" aria-label={`Claims on this version: ${words.join(", ")}`}>
        {(Object.keys(COLOURS) as (keyof typeof COLOURS)[]).map((state) =>
          placements[state] ? <span key={state} style={{ width: `${(placements[state] / total) * 100}%`, background: COLOURS[state] }} /> : null,
        )}
      </span>
      <span className="small">{words.join(" · ")}</span>
    </span>
  );
}

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

export default async function VersionsPage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  await readAccess(articleId, `/articles/${articleId}/versions`);
  const article = await db().article.findUnique({ where: { id: articleId }, select: { title: true } });
  if (!article) notFound();
  const versions = await listVersions(articleId);
  return (
    <main className="page page--wide">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/articles">Articles</Link> <span aria-hidden="true">›</span> <Link href={`/articles/${articleId}`}>{article.title}</Link>{" "}
        <span aria-hidden="true">›</span> <span>Versions</span>
      </nav>
      <div className="page-head">
        <h1>Version history</h1>
      </div>
      <div className="table-scroll">
      <table className="version-table">
        <caption className="visually-hidden">Versions of this article, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Stored</th>
            <th scope="col" className="hide-narrow">How</th>
            <th scope="col" className="hide-narrow">Words</th>
            <th scope="col">Claims</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id}>
              <th scope="row">
                <Link href={`/articles/${articleId}/versions/${version.number}`}>Version {version.number}</Link>
                {version.number === versions[0].number && <span className="tag"> current</span>}
              </th>
              <td>
                {when(version.createdAt)} by {version.createdBy}
              </td>
              <td className="hide-narrow">{version.origin === "edited" ? "Edited in Factdesk" : "Imported"}</td>
              <td className="hide-narrow">{version.words.toLocaleString("en")}</td>
              <td>
                <LandingBar placements={version.placements} />
              </td>
              <td>
                {version.number > 1 && (
                  <Link href={`/articles/${articleId}/versions/compare?from=${version.number - 1}&to=${version.number}`}>Compare with version {version.number - 1}</Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </main>
  );
}
