import styles from "./dashboard.module.css";

/** A plain GET form: the browser downloads the report from the route, no client script needed. */
export function TeamReportForm({ teamId, from, to }: { teamId: string; from: string; to: string }) {
  return (
    <section className={`card ${styles.section}`} aria-labelledby="dashboard-report">
      <h2 id="dashboard-report">Team report</h2>
      <p className="muted small">Every article with a claim changed between these days (UTC, both included).</p>
      <form className={styles.reportForm} method="get" action={`/api/teams/${encodeURIComponent(teamId)}/report`}>
        <div className="field">
          <label htmlFor="report-from">From</label>
          <input id="report-from" name="from" type="date" defaultValue={from} required />
        </div>
        <div className="field">
          <label htmlFor="report-to">To</label>
          <input id="report-to" name="to" type="date" defaultValue={to} required />
        </div>
        <div className="button-row">
          <button className="button button--primary" type="submit" name="format" value="pdf">
            Download PDF
          </button>
          <button className="button" type="submit" name="format" value="csv">
            Download CSV
          </button>
        </div>
      </form>
    </section>
  );
}
