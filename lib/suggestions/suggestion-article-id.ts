import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

/** The article a suggestion belongs to, so the caller can be authorized on that article. */
export async function suggestionArticleId(suggestionId: string, client: Db = db()): Promise<string> {
  const suggestion = await client.suggestedClaim.findUnique({ where: { id: suggestionId }, select: { version: { select: { articleId: true } } } });
  if (!suggestion) throw notFound("That suggestion");
  return suggestion.version.articleId;
}
