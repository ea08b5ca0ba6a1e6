import Link from "next/link";

export default function NotFound() {
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <h1>Not found</h1>
        <p>This page does not exist, or it belongs to a team you are not in.</p>
        <Link className="button" href="/articles">
          Back to articles
        </Link>
      </div>
    </main>
  );
}
