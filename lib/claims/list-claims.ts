import { db, type Db } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { claimViewSelect, toClaimView, type ClaimView } from "./claim-view";

export type ListClaimsOptions = {
  articleId: string;
  statuses?: ClaimStatus[];
  /** A member's id, or null for unassigned claims. */
  assigneeId?: string | null;
  includeDeleted?: boolean;
  take: number;
  /** Continue after this claim id (cursor pagination in document order). */
  after?: string;
};

/** An article's claims in document order, filtered, one page at a time. */
export async function listClaims(options: ListClaimsOptions, client: Db = db()): Promise<ClaimView[]> {
  const rows = await client.claim.findMany({
    where: {
      articleId: options.articleId,
      ...(options.includeDeleted ? {} : { deletedAt: null }),
      ...(options.statuses?.length ? { status: { in: options.statuses } } : {}),
      ...(options.assigneeId !== undefined ? { assigneeId: options.assigneeId } : {}),
    },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    take: options.take,
    ...(options.after ? { cursor: { id: options.after }, skip: 1 } : {}),
    select: claimViewSelect,
  });
  return rows.map(toClaimView);
}
