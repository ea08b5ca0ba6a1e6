/**
 * What the API answers, as zod schemas (for the OpenAPI document and the tests that check real answers against it)
 * and the functions that shape domain objects into them. Dates are ISO 8601 strings; positions are UTF-16 code units
 * into the version's text, as JavaScript string indices count them.
 */
import { z } from "zod";
import type { ArticleSummary } from "@/lib/articles/list-articles";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { TeamMember } from "@/lib/teams/list-members";

const statusCounts = z.object({ UNREVIEWED: z.number().int(), VERIFIED: z.number().int(), DISPUTED: z.number().int(), UNSOURCED: z.number().int() });
const person = z.object({ id: z.string(), name: z.string().nullable() });

export const articleResource = z.object({
  id: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  versions: z.number().int().describe("How many versions the article has."),
  claims: statusCounts.describe("Live claims per status."),
  url: z.string().describe("The article's review page."),
});

export const articleDetailResource = articleResource.extend({
  currentVersion: z.object({ id: z.string(), number: z.number().int(), createdAt: z.string(), text: z.string().describe("Plain text; claim positions index into it.") }),
});

export const sourceResource = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  relation: z.enum(["SUPPORTS", "CONTRADICTS", "CONTEXT"]),
  createdAt: z.string(),
  addedBy: person,
});

export const claimResource = z.object({
  id: z.string(),
  articleId: z.string(),
  versionId: z.string().describe("The version whose text start/end point into."),
  status: z.enum(["UNREVIEWED", "VERIFIED", "DISPUTED", "UNSOURCED"]),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  note: z.string().describe("The note as plain text."),
  noteDoc: z.unknown().nullable().describe("The note as a rich-text (Tiptap JSON) document."),
  assignee: person.nullable(),
  revision: z.number().int().describe("Send it back when changing the claim: a stale revision answers 409."),
  anchorState: z.enum(["ANCHORED", "MOVED", "NEEDS_REVIEW", "ORPHANED"]),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  createdBy: person,
  updatedBy: person,
  sources: z.array(sourceResource),
  url: z.string().describe("The claim on the review page."),
});

export const memberResource = z.object({
  userId: z.string(),
  name: z.string().nullable(),
  email: z.string(),
  role: z.enum(["OWNER", "EDITOR", "REVIEWER", "VIEWER"]),
  joinedAt: z.string(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page.") });

export type ArticleResource = z.infer<typeof articleResource>;
export type ClaimResource = z.infer<typeof claimResource>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toArticleResource(article: ArticleSummary, origin: string): ArticleResource {
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    sourceUrl: article.sourceUrl,
    publishedAt: iso(article.publishedAt),
    language: article.language,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    versions: article.versions,
    claims: article.claims,
    url: `${origin}/articles/${article.id}`,
  };
}

export function toClaimResource(claim: ClaimView, articleId: string, origin: string): ClaimResource {
  return {
    id: claim.id,
    articleId,
    versionId: claim.versionId,
    status: claim.status,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    note: claim.noteText,
    noteDoc: claim.note,
    assignee: claim.assignee,
    revision: claim.revision,
    anchorState: claim.anchorState,
    approvedAt: claim.approvedAt,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    deletedAt: claim.deletedAt,
    createdBy: claim.createdBy,
    updatedBy: claim.updatedBy,
    sources: claim.sources,
    url: `${origin}/articles/${articleId}?claim=${claim.id}`,
  };
}

export function toMemberResource(member: TeamMember) {
  return { ...member, joinedAt: member.joinedAt.toISOString() };
}

/** A page of `take + 1` rows becomes `take` rows and the cursor of the last one when more follow. */
export function page<T extends { id: string }, R>(rows: T[], take: number, shape: (row: T) => R) {
  const more = rows.length > take;
  const kept = more ? rows.slice(0, take) : rows;
  return { data: kept.map(shape), nextCursor: more ? kept[kept.length - 1].id : null };
}
