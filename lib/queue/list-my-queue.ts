import { excerpt } from "@/lib/activity/excerpt";
import type { Person } from "@/lib/activity/team-member";
import { db, type Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";

export type QueueItem = {
  claimId: string;
  excerpt: string;
  status: ClaimStatus;
  article: { id: string; title: string };
  team: { id: string; name: string };
  /** The claim opened on its article page. */
  href: string;
  assignedAt: string;
  assignedBy: Person | null;
};

export type ListMyQueueOptions = { userId: string; limit?: number };

/**
 * "My queue": the open claims assigned to the user across the teams they belong to (not deleted, not approved),
 * those waiting longest first.
 *
 * "Waiting longest" is measured from the latest ASSIGNED event, not from the claim's updatedAt: updatedAt moves on
 * every edit, so a claim the assignee has started working on would drop to the back of their queue, and a claim
 * another teammate touched would jump around. The assignment time is what the queue is about.
 */
export async function listMyQueue(options: ListMyQueueOptions, client: Db = db()): Promise<QueueItem[]> {
  const claims = await client.claim.findMany({
    where: { assigneeId: options.userId, deletedAt: null, approvedAt: null, article: { team: { memberships: { some: { userId: options.userId } } } } },
    select: {
      id: true,
      exact: true,
      status: true,
      createdAt: true,
      article: { select: { id: true, title: true, team: { select: { id: true, name: true } } } },
    },
  });
  if (claims.length === 0) return [];
  const assignments = await client.claimEvent.findMany({
    where: { claimId: { in: claims.map((c) => c.id) }, kind: "ASSIGNED" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    distinct: ["claimId"],
    select: { claimId: true, at: true, actor: { select: { id: true, name: true } } },
  });
  const latest = new Map(assignments.map((a) => [a.claimId, a]));
  const items = claims.map((claim) => {
    const assigned = latest.get(claim.id);
    // A claim assigned without an event (data from before assignments were audited) waits since it was created.
    const since = assigned?.at ?? claim.createdAt;
    return {
      claimId: claim.id,
      excerpt: excerpt(claim.exact, 90),
      status: claim.status,
      article: { id: claim.article.id, title: claim.article.title },
      team: claim.article.team,
      href: `/articles/${claim.article.id}?claim=${claim.id}`,
      assignedAt: since.toISOString(),
      assignedBy: assigned?.actor ?? null,
      time: since.getTime(),
    };
  });
  items.sort((a, b) => a.time - b.time || a.claimId.localeCompare(b.claimId));
  return items.slice(0, Math.min(Math.max(options.limit ?? 200, 1), 500)).map(({ time: _time, ...item }) => item);
}
