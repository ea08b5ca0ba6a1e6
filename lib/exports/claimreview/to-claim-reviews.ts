import { articleUrl, claimUrl } from "../claim-url";
import type { ExportArticle, ExportClaim } from "../export-model";
import { claimReviewedText } from "./claim-reviewed-text";
import { RATING_SCALE, type Verdict } from "./rating-scale";

export type SchemaAgent = { "@type": "Person" | "Organization"; name: string; url?: string };

export type CreativeWorkJson = { "@type": "CreativeWork"; headline: string; url?: string; datePublished?: string; inLanguage?: string };

export type ClaimReviewJson = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  reviewRating: { "@type": "Rating"; ratingValue: number; bestRating: number; worstRating: number; alternateName: string; name: string };
  author: SchemaAgent;
  datePublished: string;
  reviewBody?: string;
  itemReviewed: {
    "@type": "Claim";
    author?: SchemaAgent | SchemaAgent[];
    datePublished?: string;
    appearance: CreativeWorkJson;
    firstAppearance: CreativeWorkJson;
  };
};

const hasVerdict = (claim: ExportClaim): claim is ExportClaim & { status: Verdict } => claim.status !== "UNREVIEWED";

/**
 * schema.org ClaimReview JSON-LD (as Google's fact-check markup asks for it) for every claim with a verdict: a list
 * of self-contained items, one per claim, since a page should carry the review of one claim.
 */
export function toClaimReviews(articles: readonly ExportArticle[]): ClaimReviewJson[] {
  return articles.flatMap((article) => article.claims.filter(hasVerdict).map((claim) => claimReview(article, claim)));
}

function claimReview(article: ExportArticle, claim: ExportClaim & { status: Verdict }): ClaimReviewJson {
  const appearance = appearanceOf(article);
  const claimant = claimantOf(article);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl(article.baseUrl, article.id, claim.id),
    claimReviewed: claimReviewedText(claim.claimSummary, claim.exact),
    reviewRating: {
      "@type": "Rating",
      ...RATING_SCALE.verdicts[claim.status],
      bestRating: RATING_SCALE.bestRating,
      worstRating: RATING_SCALE.worstRating,
    },
    author: { "@type": "Organization", name: article.team.name, url: `${article.baseUrl}/` },
    // The review is published when an editor approves it; until then, its last change is the best date there is.
    datePublished: (claim.approvedAt ?? claim.updatedAt).toISOString(),
    ...(claim.noteText.trim() ? { reviewBody: claim.noteText } : {}),
    itemReviewed: {
      "@type": "Claim",
      ...(claimant ? { author: claimant } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
      appearance,
      // The article is the earliest appearance Factdesk knows of.
      firstAppearance: appearance,
    },
  };
}

function appearanceOf(article: ExportArticle): CreativeWorkJson {
  return {
    "@type": "CreativeWork",
    headline: article.title,
    // Without the original address, the copy the review was made on is where the claim can be read.
    url: article.sourceUrl ?? articleUrl(article.baseUrl, article.id),
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    ...(article.language ? { inLanguage: article.language } : {}),
  };
}

/** Who made the claim: the article's byline as people, else the publication, else the site's host name. */
function claimantOf(article: ExportArticle): SchemaAgent | SchemaAgent[] | undefined {
  const names = (article.byline ?? "")
    .replace(/^\s*by\s+/i, "")
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 1) return { "@type": "Person", name: names[0] };
  if (names.length > 1) return names.map((name) => ({ "@type": "Person" as const, name }));
  const site = siteOf(article.sourceUrl);
  if (article.siteName) return { "@type": "Organization", name: article.siteName, ...(site ? { url: site.url } : {}) };
  return site ? { "@type": "Organization", name: site.host, url: site.url } : undefined;
}

function siteOf(sourceUrl: string | null): { host: string; url: string } | null {
  if (!sourceUrl) return null;
  try {
    const url = new URL(sourceUrl);
    return { host: url.hostname.replace(/^www\./, ""), url: `${url.origin}/` };
  } catch {
    return null; // imported addresses are checked, but a bad one must not break the export
  }
}
