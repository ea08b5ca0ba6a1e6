/**
 * Factdesk's public address of one claim, shared by every format that names a claim (Web Annotation ids,
 * ClaimReview urls) so that all exports of the same claim agree. It opens the article's review page (members only);
 * the fragment names the claim, and stays the same across versions because claim ids do.
 */
export function claimUrl(baseUrl: string, articleId: string, claimId: string): string {
  return `${articleUrl(baseUrl, articleId)}#claim-${encodeURIComponent(claimId)}`;
}

/** The article's review page in this Factdesk. */
export function articleUrl(baseUrl: string, articleId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/articles/${encodeURIComponent(articleId)}`;
}
