import Link from "next/link";
import type { DashboardArticle } from "@/lib/dashboard/get-team-dashboard";
import { STATUS_LABELS } from "@/lib/exports/export-model";
import { STATUS_COLORS, STATUS_ORDER } from "@/lib/reports/status-colors";
import styles from "./dashboard.module.css";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** One row per article: its claims by status as a small stacked bar, and the share reviewed. */
export function ArticleProgressTable({ articles }: { articles: DashboardArticle[] }) {
  return (
    <section className={`card ${styles.section}`} aria-labelledby="dashboard-articles">
      <h2 id="dashboard-articles">Review progress by article</h2>
      <div className={styles.tableWrap}>
        <div className="table-scroll"><table className="version-table">
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col" className={styles.numeric}>Claims</th>
              <th scope="col">By status</th>
              <th scope="col" className={styles.numeric}>Reviewed</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td>
                  <Link href={`/articles/${article.id}`}>{article.title}</Link>
                </td>
                <td className={styles.numeric}>{article.total}</td>
                <td>
                  <StackedBar article={article} />
                </td>
                <td className={styles.numeric}>{article.total === 0 ? "—" : `${article.reviewedPercent}%`}</td>
                <td className="small muted">{dateFormat.format(article.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table></div>
      </div>
      <ul className={`${styles.legend} small`} aria-hidden="true">
        {STATUS_ORDER.map((status) => (
          <li key={status}>
            <span className={styles.swatch} style={{ background: STATUS_COLORS[status].solid }} />
            {STATUS_LABELS[status]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function StackedBar({ article }: { article: DashboardArticle }) {
  const label =
    article.total === 0
      ? "No claims yet"
      : STATUS_ORDER.map((status) => `${STATUS_LABELS[status]} ${article.counts[status]}`).join(", ");
  const parts: { status: string; x: number; width: number; color: string }[] = [];
  let at = 0;
  for (const status of STATUS_ORDER) {
    const width = article.total === 0 ? 0 : (article.counts[status] / article.total) * 100;
    if (width > 0) parts.push({ status, x: at, width, color: STATUS_COLORS[status].solid });
    at += width;
  }
  return (
    <svg className={styles.stack} viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
      {parts.map((p) => (
        <rect key={p.status} x={p.x} y={0} width={p.width} height={10} fill={p.color} />
      ))}
    </svg>
  );
}
