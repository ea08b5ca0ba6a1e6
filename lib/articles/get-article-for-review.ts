import { claimViewSelect, toClaimView, type ClaimView } from "@/lib/claims/claim-view";
import { db, type Db } from "@/lib/db/client";
import { listSuggestions } from "@/lib/suggestions/list-suggestions";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import type { DocNode } from "./doc-text";

export type ArticleForReview = {
  id: string;
  teamId: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  version: { id: string; number: number; doc: DocNode; createdAt: string };
  claims: ClaimView[];
  deletedClaims: ClaimView[];
  /** Live claims that did not land on the current version: waiting for review, or orphaned with their words gone. */
  needsAttention: UnplacedClaim[];
  members: { id: string; name: string | null }[];
  /** Sentences of the current version the scorer suggests checking, still open, in document order. */
  suggestions: SuggestionView[];
};

/** A claim with no place on the current version, and re-anchoring's best guess (not applied) if it had one. */
export type UnplacedClaim = ClaimView & { suggestion: { start: number; end: number; quote: string } | null };

/** Everything the review page needs: the current version, its claims in document order, and the team's members. */
export async function getArticleForReview(articleId: string, client: Db = db()): Promise<ArticleForReview | null> {
  const article = await client.article.findUnique({
    where: { id: articleId },
    select: {
      id: true, teamId: true, title: true, byline: true, siteName: true, sourceUrl: true, publishedAt: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, doc: true, text: true, createdAt: true, suggestionsScoredAt: true } },
    },
  });
  if (!article || !article.versions[0]) return null;
  const { versions, ...fields } = article;
  const version = versions[0];
  const [claims, members, suggestions] = await Promise.all([
    client.claim.findMany({ where: { articleId }, orderBy: [{ start: "asc" }, { end: "desc" }], select: claimViewSelect }),
    client.membership.findMany({ where: { teamId: fields.teamId }, select: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } }),
    listSuggestions({ id: version.id, text: version.text, scored: version.suggestionsScoredAt !== null }, client),
  ]);
  const views = claims.map(toClaimView);
  const unplaced = views.filter((claim) => !claim.deletedAt && claim.versionId !== version.id);
  const guesses = await client.claimPlacement.findMany({
    where: { versionId: version.id, claimId: { in: unplaced.map((claim) => claim.id) }, candidateStart: { not: null } },
    select: { claimId: true, candidateStart: true, candidateEnd: true },
  });
  const guessOf = new Map(guesses.map((g) => [g.claimId, { start: g.candidateStart!, end: g.candidateEnd!, quote: version.text.slice(g.candidateStart!, g.candidateEnd!) }]));
  return {
    ...fields,
    publishedAt: fields.publishedAt?.toISOString() ?? null,
    version: { id: version.id, number: version.number, doc: version.doc as DocNode, createdAt: version.createdAt.toISOString() },
    claims: views.filter((claim) => !claim.deletedAt && claim.versionId === version.id),
    deletedClaims: views.filter((claim) => claim.deletedAt),
    needsAttention: unplaced.map((claim) => ({ ...claim, suggestion: claim.anchorState === "NEEDS_REVIEW" ? (guessOf.get(claim.id) ?? null) : null })),
    members: members.map((m) => m.user),
    suggestions,
  };
}
