import { STATUS_LABELS } from "@/lib/exports/export-model";
import { STATUS_COLORS, STATUS_ORDER } from "@/lib/reports/status-colors";
import type { StatusCounts } from "@/lib/reports/status-counts";
import { HorizontalBars } from "./horizontal-bars";

/** The team's live claims by status. */
export function StatusTotalsChart({ totals }: { totals: StatusCounts }) {
  const bars = STATUS_ORDER.map((status) => ({ key: status, label: STATUS_LABELS[status], value: totals[status], color: STATUS_COLORS[status].solid }));
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  const ariaLabel = `Claims by status, ${total} in all: ${bars.map((b) => `${b.label} ${b.value}`).join(", ")}.`;
  return (
    <section className="card" aria-labelledby="dashboard-status">
      <h2 id="dashboard-status">Claims by status</h2>
      <HorizontalBars bars={bars} ariaLabel={ariaLabel} caption="Claims by status" />
    </section>
  );
}
