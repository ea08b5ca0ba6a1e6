import type { ExportArticle, ExportPerson } from "@/lib/exports/export-model";
import { percent } from "./format";
import { countByStatus, emptyCounts, type StatusCounts } from "./status-counts";

/** What a team report is made from: the articles a loader picked for the team and period. */
export type TeamReportInput = { team: { id: string; name: string }; from: Date; to: Date; articles: ExportArticle[] };

export type ArticleTotals = {
  id: string;
  title: string;
  version: number;
  counts: StatusCounts;
  total: number;
  /** Claims with any status but Unreviewed. */
  reviewed: number;
  reviewedPercent: number;
};

/** A reviewer's claims reviewed in the period, by the status they gave (Unreviewed is always 0 here). */
export type ReviewerTotals = { person: ExportPerson; counts: StatusCounts; reviewed: number };

export type TeamTotals = {
  articles: ArticleTotals[];
  reviewers: ReviewerTotals[];
  overall: Omit<ArticleTotals, "id" | "title" | "version">;
};

function totals(counts: StatusCounts) {
  const total = counts.VERIFIED + counts.DISPUTED + counts.UNSOURCED + counts.UNREVIEWED;
  const reviewed = total - counts.UNREVIEWED;
  return { counts, total, reviewed, reviewedPercent: percent(reviewed, total) };
}

/**
 * Per-article and per-reviewer totals. Article totals are each article's current state. A claim counts for
 * its reviewer of record (who last changed it) when it is no longer Unreviewed and that change falls in the
 * period, from and to both included: the report answers "who reviewed what in this period".
 */
export function teamTotals({ from, to, articles }: TeamReportInput): TeamTotals {
  const byReviewer = new Map<string, ReviewerTotals>();
  for (const claim of articles.flatMap((a) => a.claims)) {
    if (claim.status === "UNREVIEWED" || claim.updatedAt < from || claim.updatedAt > to) continue;
    const entry = byReviewer.get(claim.reviewedBy.id) ?? { person: claim.reviewedBy, counts: emptyCounts(), reviewed: 0 };
    entry.counts[claim.status] += 1;
    entry.reviewed += 1;
    byReviewer.set(claim.reviewedBy.id, entry);
  }
  const name = (p: ExportPerson) => (p.name ?? p.email).toLocaleLowerCase();
  return {
    articles: articles.map((a) => ({ id: a.id, title: a.title, version: a.version.number, ...totals(countByStatus(a.claims)) })),
    reviewers: [...byReviewer.values()].sort((a, b) => b.reviewed - a.reviewed || name(a.person).localeCompare(name(b.person))),
    overall: totals(countByStatus(articles.flatMap((a) => a.claims))),
  };
}
