import type { DashboardDay } from "@/lib/dashboard/get-team-dashboard";
import styles from "./dashboard.module.css";

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 20;
const TOP = 16;
const COLOR = "#1f4e8c";

/** Status changes per UTC day as an SVG column chart, with every day in a hidden table. */
export function ReviewsPerDayChart({ days }: { days: DashboardDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const total = days.reduce((sum, d) => sum + d.reviews, 0);
  const busiest = days.reduce((best, d) => (d.reviews > best.reviews ? d : best), days[0]);
  const slot = WIDTH / Math.max(1, days.length);
  const plot = HEIGHT - AXIS - TOP;
  const first = days[0]?.day ?? "";
  const last = days[days.length - 1]?.day ?? "";
  const ariaLabel =
    `Reviews per day from ${first} to ${last}: ${total} in all` +
    (total > 0 ? `, most on ${busiest.day} (${busiest.reviews}). ` : ". ") +
    days.filter((d) => d.reviews > 0).map((d) => `${d.day}: ${d.reviews}`).join(", ");
  return (
    <section className="card" aria-labelledby="dashboard-days">
      <h2 id="dashboard-days">Reviews per day</h2>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={ariaLabel.trim()}>
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="#b9b4a7" />
        {days.map((d, i) => {
          const height = (d.reviews / max) * plot;
          return height > 0 ? (
            <rect key={d.day} x={i * slot + 2} y={HEIGHT - AXIS - height} width={slot - 4} height={height} fill={COLOR} rx={2}>
              <title>{`${d.day}: ${d.reviews}`}</title>
            </rect>
          ) : null;
        })}
        <text className={styles.axisLabel} x={0} y={10}>
          {`max ${max}`}
        </text>
        <text className={styles.axisLabel} x={0} y={HEIGHT - 4}>
          {first}
        </text>
        <text className={styles.axisLabel} x={WIDTH} y={HEIGHT - 4} textAnchor="end">
          {last}
        </text>
      </svg>
      <p className="muted small">{total} status changes in the last {days.length} days (UTC).</p>
      <table className="visually-hidden">
        <caption>Reviews per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Reviews</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{d.day}</th>
              <td>{d.reviews}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
