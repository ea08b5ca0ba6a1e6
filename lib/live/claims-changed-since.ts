import { db, type Db } from "@/lib/db/client";
import type { ClaimChange, LiveClaimEvent } from "./events";

export type ClaimsChangedSinceOptions = { articleId: string; since: number };

const CHANGE: Partial<Record<string, ClaimChange>> = { CREATED: "created", DELETED: "deleted", RESTORED: "restored" };

/**
 * The claims of an article whose history moved after `since` (ms), one event each, as the live channel would
 * have announced them. Lets a stream catch up after notifications may have been missed.
 */
export async function claimsChangedSince(options: ClaimsChangedSinceOptions, client: Db = db()): Promise<LiveClaimEvent[]> {
  const events = await client.claimEvent.findMany({
    where: { at: { gt: new Date(options.since) }, claim: { articleId: options.articleId } },
    orderBy: { at: "desc" },
    distinct: ["claimId"],
    select: { claimId: true, actorId: true, kind: true, at: true, claim: { select: { revision: true, deletedAt: true } } },
  });
  return events.map((event) => ({
    kind: "claim",
    articleId: options.articleId,
    claimId: event.claimId,
    revision: event.claim.revision,
    actorId: event.actorId,
    change: event.claim.deletedAt ? "deleted" : (CHANGE[event.kind] ?? "updated"),
    at: event.at.getTime(),
  }));
}
