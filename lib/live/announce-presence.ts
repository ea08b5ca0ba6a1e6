import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { liveUser, type PresenceUser } from "./events";
import { publishArticleEvent } from "./publish";

export type AnnouncePresenceOptions = { articleId: string; connectionId: string; user: PresenceUser; openClaimId: string | null };

/** Tells every instance that this tab views the article, and which claim it has open (also the 20 s heartbeat). */
export async function announcePresence(options: AnnouncePresenceOptions, client: Db = db()): Promise<void> {
  if (options.openClaimId) {
    // Deleted claims count: a teammate may delete the claim this tab has open, and its heartbeat must not fail.
    const claim = await client.claim.findFirst({ where: { id: options.openClaimId, articleId: options.articleId }, select: { id: true } });
    if (!claim) throw notFound("That claim");
  }
  await publishArticleEvent(client, {
    kind: "presence",
    articleId: options.articleId,
    connectionId: options.connectionId,
    user: liveUser(options.user),
    openClaimId: options.openClaimId,
    state: "here",
    at: Date.now(),
  });
}
