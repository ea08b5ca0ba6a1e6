"use client";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { STATUSES, STATUS_META } from "./status-meta";

export type Filters = { statuses: Set<ClaimStatus>; assigneeId: string | "any" | "none" };

export function applyFilters(claims: ClaimView[], filters: Filters): ClaimView[] {
  return claims.filter(
    (claim) =>
      (filters.statuses.size === 0 || filters.statuses.has(claim.status)) &&
      (filters.assigneeId === "any" ||
        (filters.assigneeId === "none" ? claim.assignee === null : claim.assignee?.id === filters.assigneeId)),
  );
}

/** Progress, counts per status (which double as the legend and status filter), and the assignee filter. */
export function ClaimFilters(props: {
  claims: ClaimView[];
  filters: Filters;
  members: { id: string; name: string | null }[];
  onChange: (filters: Filters) => void;
}) {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const claim of props.claims) counts[claim.status]++;
  const total = props.claims.length;
  const reviewed = total - counts.UNREVIEWED;
  const toggle = (status: ClaimStatus) => {
    const statuses = new Set(props.filters.statuses);
    if (statuses.has(status)) statuses.delete(status);
    else statuses.add(status);
    props.onChange({ ...props.filters, statuses });
  };
  return (
    <div className="claim-filters">
      <div className="review-progress">
        <span>
          <strong>{reviewed}</strong> of {total} reviewed
        </span>
        <div className="progress" role="progressbar" aria-label="Review progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={reviewed}>
          <span style={{ width: total ? `${(reviewed / total) * 100}%` : 0 }} />
        </div>
      </div>
      <div className="legend" role="group" aria-label="Show claims by status">
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`legend-item legend-item--${status.toLowerCase()}`}
            aria-pressed={props.filters.statuses.has(status)}
            onClick={() => toggle(status)}
            title={`${STATUS_META[status].description}. Click to show only these.`}
          >
            <span className="legend-swatch" aria-hidden="true">
              {STATUS_META[status].symbol}
            </span>
            {STATUS_META[status].label} <span className="legend-count">{counts[status]}</span>
          </button>
        ))}
      </div>
      <label className="inline-field">
        Assignee
        <select value={props.filters.assigneeId} onChange={(event) => props.onChange({ ...props.filters, assigneeId: event.target.value })}>
          <option value="any">Anyone</option>
          <option value="none">Nobody</option>
          {props.members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name ?? "Unnamed member"}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
