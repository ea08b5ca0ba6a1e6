import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { WordDiff } from "@/components/revisions/word-diff";
import { compareVersions } from "@/lib/articles/compare-versions";
import { db } from "@/lib/db/client";
import { readAccess } from "../load-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare versions" };

const querySchema = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

function VersionSelect(props: { label: string; name: string; value: number; numbers: number[] }) {
  return (
    <label>
      {props.label}{" "}
      <select name={props.name} defaultValue={props.value}>
        {props.numbers.map((number) => (
          <option key={number} value={number}>
            Version {number}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function CompareVersionsPage(props: { params: Promise<{ articleId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { articleId } = await props.params;
  await readAccess(articleId, `/articles/${articleId}/versions`);
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { title: true, versions: { orderBy: { number: "desc" }, select: { number: true } } },
  });
  if (!article) notFound();
  const latest = article.versions[0].number;
  const query = querySchema.safeParse(await props.searchParams);
  const from = query.success ? query.data.from : Math.max(1, latest - 1);
  const to = query.success ? query.data.to : latest;
  const comparison = await compareVersions(articleId, from, to);
  return (
    <main className="page page--wide">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/articles">Articles</Link> <span aria-hidden="true">›</span> <Link href={`/articles/${articleId}`}>{article.title}</Link>{" "}
        <span aria-hidden="true">›</span> <Link href={`/articles/${articleId}/versions`}>Versions</Link> <span aria-hidden="true">›</span> <span>Compare</span>
      </nav>
      <div className="page-head">
        <h1>Compare versions</h1>
      </div>
      <form className="button-row" method="get" aria-label="Choose versions">
        <VersionSelect label="From" name="from" value={from} numbers={article.versions.map((v) => v.number)} />
        <VersionSelect label="to" name="to" value={to} numbers={article.versions.map((v) => v.number)} />
        <button type="submit" className="button button--small">
          Compare
        </button>
      </form>
      {!comparison ? (
        <p className="form-error" role="alert">
          Those versions do not exist. This article has versions 1 to {latest}.
        </p>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {comparison.wordsAdded.toLocaleString("en")} words added, {comparison.wordsRemoved.toLocaleString("en")} words removed.{" "}
            <span className="legend-inline">
              <del>removed</del> <ins>added</ins>
            </span>
          </p>
          <WordDiff parts={comparison.parts} label={`Changes from version ${from} to version ${to}`} className="word-diff diff-text" />
        </>
      )}
    </main>
  );
}
