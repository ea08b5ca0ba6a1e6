import type { DashboardReviewer } from "@/lib/dashboard/get-team-dashboard";
import { personName } from "@/lib/reports/format";
import { HorizontalBars } from "./horizontal-bars";

const BAR_COLOR = "#1f4e8c";

/** Claims each member is the reviewer of record for (who last set their status). */
export function ReviewerChart({ reviewers }: { reviewers: DashboardReviewer[] }) {
  const bars = reviewers.map((r) => ({ key: r.id, label: personName(r), value: r.reviewed, color: BAR_COLOR }));
  return (
    <section className="card" aria-labelledby="dashboard-reviewers">
      <h2 id="dashboard-reviewers">Claims reviewed per reviewer</h2>
      {bars.length === 0 ? (
        <p className="muted">No claim has a verdict yet.</p>
      ) : (
        <HorizontalBars
          bars={bars}
          ariaLabel={`Claims reviewed per reviewer: ${bars.map((b) => `${b.label} ${b.value}`).join(", ")}.`}
          caption="Claims reviewed per reviewer"
        />
      )}
      <p className="muted small">A claim counts for whoever last set its status.</p>
    </section>
  );
}
