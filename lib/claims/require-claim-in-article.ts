import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type RequireClaimInArticleOptions = { teamId: string; articleId: string; claimId: string };

/**
 * Refuses, as "not found", a claim that is not on this article of this team: a URL pairing an article with a claim
 * of another article (or team) names nothing. Deleted claims pass, since their history and thread stay readable.
 */
export async function requireClaimInArticle(options: RequireClaimInArticleOptions, client: Db = db()): Promise<void> {
  const claim = await client.claim.findFirst({
    where: { id: options.claimId, articleId: options.articleId, article: { teamId: options.teamId } },
    select: { id: true },
  });
  if (!claim) throw notFound("That claim");
}
