import { db, type DbOrTx } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { TeamReportInput } from "@/lib/reports/team-report";
import { documentOrder, exportClaimSelect, toExportClaim } from "./export-claim-row";
import { NO_FILTERS } from "./export-filters";
import type { ExportArticle, ExportClaim, ExportPerson } from "./export-model";

export type LoadTeamReportOptions = {
  teamId: string;
  /** First and last day of the period (UTC); both whole days are included. */
  from: Date;
  to: Date;
  /** Factdesk's public address, without a trailing slash. */
  baseUrl: string;
  /** The report's timestamp; tests pin it. */
  now?: Date;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reads every article of the team with a live claim changed in the period, each on its newest version with all its
 * live claims, in three queries. It does not authorize: the caller has already checked the user may read the team.
 */
export async function loadTeamReport(options: LoadTeamReportOptions, client: DbOrTx = db()): Promise<TeamReportInput> {
  const from = startOfUtcDay(options.from);
  const to = new Date(startOfUtcDay(options.to).getTime() + DAY_MS - 1);
  const team = await client.team.findUnique({ where: { id: options.teamId }, select: { id: true, name: true } });
  if (!team) throw notFound("That team");

  const articles = await client.article.findMany({
    where: { teamId: team.id, claims: { some: { deletedAt: null, updatedAt: { gte: from, lte: to } } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: {
      id: true, title: true, byline: true, siteName: true, sourceUrl: true, publishedAt: true, language: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, createdAt: true, text: true } },
    },
  });
  const versionIds = articles.flatMap((a) => a.versions.map((v) => v.id));
  const placements = versionIds.length === 0 ? [] : await client.claimPlacement.findMany({
    where: { versionId: { in: versionIds }, claim: { deletedAt: null } },
    select: { versionId: true, state: true, start: true, end: true, claim: { select: exportClaimSelect } },
  });

  const exportedAt = options.now ?? new Date();
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const byVersion = new Map<string, typeof placements>();
  for (const row of placements) byVersion.set(row.versionId, [...(byVersion.get(row.versionId) ?? []), row]);
  const report: ExportArticle[] = [];
  for (const { versions, ...article } of articles) {
    const version = versions[0];
    if (!version) continue;
    const claims = (byVersion.get(version.id) ?? [])
      .map((row) => toExportClaim(row, version, NO_FILTERS))
      .sort(documentOrder);
    report.push({ ...article, team, version, claims, reviewers: reviewersOf(claims), exportedAt, baseUrl });
  }
  return { team, from, to, articles: report };
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function reviewersOf(claims: ExportClaim[]): ExportPerson[] {
  const byId = new Map<string, ExportPerson>();
  for (const claim of claims) {
    byId.set(claim.createdBy.id, claim.createdBy);
    byId.set(claim.reviewedBy.id, claim.reviewedBy);
  }
  const label = (p: ExportPerson) => p.name ?? p.email;
  return [...byId.values()].sort((a, b) => label(a).localeCompare(label(b)) || a.id.localeCompare(b.id));
}
