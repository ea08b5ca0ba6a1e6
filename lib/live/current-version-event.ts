import { db, type Db } from "@/lib/db/client";
import type { LiveVersionEvent } from "./events";

/**
 * The article's newest version as a live event, for a stream that is (re)connecting: the page compares it with the
 * version it shows. No actor: this reports a state, not a fresh import. Null when the article is gone.
 */
export async function currentVersionEvent(options: { articleId: string }, client: Db = db()): Promise<LiveVersionEvent | null> {
  const version = await client.articleVersion.findFirst({
    where: { articleId: options.articleId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, createdAt: true },
  });
  return version && { kind: "version", articleId: options.articleId, versionId: version.id, number: version.number, actor: null, at: version.createdAt.getTime() };
}
