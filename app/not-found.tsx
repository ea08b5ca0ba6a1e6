import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, like every page: a prerendered page would carry no CSP nonce, and its scripts would be blocked.
  await connection();
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
