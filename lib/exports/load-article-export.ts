import { db, type DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { documentOrder, exportClaimSelect, toExportClaim } from "./export-claim-row";
import { NO_FILTERS, type ExportFilters } from "./export-filters";
import type { ExportArticle, ExportClaim, ExportPerson } from "./export-model";

export type LoadArticleExportOptions = {
  articleId: string;
  /** A version of that article; by default its newest. */
  versionId?: string;
  filters?: ExportFilters;
  /** Factdesk's public address, without a trailing slash. */
  baseUrl: string;
  /** The export's timestamp; tests pin it. */
  now?: Date;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const PAGE_SIZE = 250;

/**
 * Reads one article version and its live claims into the model every export format renders from. It does not
 * authorize: the caller has already checked that the user may read this article.
 */
export async function loadArticleExport(options: LoadArticleExportOptions, client: DbOrTx = db()): Promise<ExportArticle> {
  const filters = options.filters ?? NO_FILTERS;
  const article = await client.article.findUnique({
    where: { id: options.articleId },
    select: {
      id: true, title: true, byline: true, siteName: true, sourceUrl: true, publishedAt: true, language: true,
      team: { select: { id: true, name: true } },
    },
  });
  if (!article) throw notFound("That article");
  const version = await client.articleVersion.findFirst({
    where: { articleId: article.id, ...(options.versionId ? { id: options.versionId } : {}) },
    orderBy: { number: "desc" },
    select: { id: true, number: true, createdAt: true, text: true },
  });
  if (!version) throw notFound("That version of the article");

  // A claim belongs to a version's export when it was placed there, whether or not it found its words. Read in pages:
  // turning thousands of claims with their sources and comments into objects in one go held the server's event loop
  // for a quarter of a second when three exports started together; between pages other requests get their turn.
  const claims: ExportClaim[] = [];
  for (let after = ""; ; ) {
    const page = await client.claimPlacement.findMany({
      where: { versionId: version.id, claimId: { gt: after }, claim: claimWhere(article.id, filters) },
      orderBy: { claimId: "asc" },
      take: PAGE_SIZE,
      select: { claimId: true, state: true, start: true, end: true, claim: { select: exportClaimSelect } },
    });
    for (const row of page) claims.push(toExportClaim(row, version, filters));
    if (page.length < PAGE_SIZE) break;
    after = page[page.length - 1].claimId;
  }
  claims.sort(documentOrder);
  return {
    ...article,
    version,
    claims,
    reviewers: reviewersOf(claims),
    exportedAt: options.now ?? new Date(),
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
  };
}

function claimWhere(articleId: string, filters: ExportFilters): Prisma.ClaimWhereInput {
  const where: Prisma.ClaimWhereInput = { articleId, deletedAt: null };
  if (filters.status) where.status = { in: filters.status };
  if (filters.assignee) where.assigneeId = filters.assignee === "none" ? null : filters.assignee;
  if (filters.from || filters.to) {
    // `to` names a whole day: everything before the start of the next one.
    where.updatedAt = {
      ...(filters.from ? { gte: filters.from } : {}),
      ...(filters.to ? { lt: new Date(filters.to.getTime() + DAY_MS) } : {}),
    };
  }
  return where;
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
