import type { ClaimStatus } from "@/lib/db/generated/enums";
import { STATUS_LABELS } from "@/lib/exports/export-model";
import { STATUS_ORDER } from "./status-colors";

export type StatusCounts = Record<ClaimStatus, number>;

/** A zero for every status. */
export function emptyCounts(): StatusCounts {
  return { VERIFIED: 0, DISPUTED: 0, UNSOURCED: 0, UNREVIEWED: 0 };
}

/** How many claims have each status. */
export function countByStatus(claims: Iterable<{ status: ClaimStatus }>): StatusCounts {
  const counts = emptyCounts();
  for (const claim of claims) counts[claim.status] += 1;
  return counts;
}

export type StatusRow = { status: ClaimStatus; label: string; count: number; share: number };

/** One row per status in report order, with its share of all claims (0..1): what every chart draws. */
export function statusRows(counts: StatusCounts): StatusRow[] {
  const total = STATUS_ORDER.reduce((sum, s) => sum + counts[s], 0);
  return STATUS_ORDER.map((status) => ({
    status,
    label: STATUS_LABELS[status],
    count: counts[status],
    share: total === 0 ? 0 : counts[status] / total,
  }));
}
