import { db, type Db } from "@/lib/db/client";
import type { ClaimEventKind } from "@/lib/db/generated/enums";
import { describeEvent } from "./describe-event";
import { excerpt } from "./excerpt";
import type { Person } from "./team-member";

export type ActivityEntry = {
  id: string;
  kind: ClaimEventKind;
  at: string;
  actor: Person;
  line: string;
  claim: { id: string; excerpt: string; deleted: boolean };
};

export type ListArticleActivityOptions = { articleId: string; limit?: number };

export const ACTIVITY_MAX = 100;

/** The latest things that happened to an article's claims, newest first, one readable line each. */
export async function listArticleActivity(options: ListArticleActivityOptions, client: Db = db()): Promise<ActivityEntry[]> {
  const limit = Math.min(Math.max(options.limit ?? 30, 1), ACTIVITY_MAX);
  const events = await client.claimEvent.findMany({
    where: { claim: { articleId: options.articleId } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      kind: true,
      at: true,
      before: true,
      after: true,
      actorId: true,
      actor: { select: { id: true, name: true } },
      claim: { select: { id: true, exact: true, deletedAt: true } },
    },
  });
  return events.map((event) => ({
    id: event.id,
    kind: event.kind,
    at: event.at.toISOString(),
    actor: event.actor,
    line: describeEvent({ kind: event.kind, actorId: event.actorId, actorName: event.actor.name, before: event.before, after: event.after }).line,
    claim: { id: event.claim.id, excerpt: excerpt(event.claim.exact, 60), deleted: event.claim.deletedAt !== null },
  }));
}
