import type { Metadata } from "next";
import { ArticleProgressTable } from "@/components/dashboard/article-progress-table";
import styles from "@/components/dashboard/dashboard.module.css";
import { ReviewerChart } from "@/components/dashboard/reviewer-chart";
import { ReviewsPerDayChart } from "@/components/dashboard/reviews-per-day-chart";
import { StatusTotalsChart } from "@/components/dashboard/status-totals-chart";
import { TeamReportForm } from "@/components/dashboard/team-report-form";
import { authorizeUser } from "@/lib/auth/authorize";
import { getTeamDashboard } from "@/lib/dashboard/get-team-dashboard";
import { requireUserAndTeam } from "../current-team";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const { user, team } = await requireUserAndTeam();
  if (!team) {
    return (
      <main className="page">
        <p className="empty">You are not in a team yet. Ask a team owner for an invitation link.</p>
      </main>
    );
  }
  await authorizeUser(user.id, { teamId: team.id }, "article:read");
  const now = new Date();
  const dashboard = await getTeamDashboard({ teamId: team.id, now });
  const lastDay = dashboard.days[dashboard.days.length - 1]?.day ?? now.toISOString().slice(0, 10);
  const firstDay = dashboard.days[0]?.day ?? lastDay;
  return (
    <main className="page">
      <div className="page-head">
        <h1>Dashboard</h1>
        <p className="muted small">{team.name}</p>
      </div>
      {dashboard.articles.length === 0 ? (
        <p className="empty">No articles yet — import one from Articles.</p>
      ) : (
        <>
          <div className={styles.grid}>
            <StatusTotalsChart totals={dashboard.totals} />
            <ReviewerChart reviewers={dashboard.reviewers} />
          </div>
          <ArticleProgressTable articles={dashboard.articles} />
          <div className={styles.grid}>
            <ReviewsPerDayChart days={dashboard.days} />
          </div>
        </>
      )}
      <TeamReportForm teamId={team.id} from={firstDay} to={lastDay} />
    </main>
  );
}
