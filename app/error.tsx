"use client";
import Link from "next/link";

/**
 * Shown when a page fails to render. Never the error's message or stack: for server errors Next.js sends only a
 * digest, and a client error's message may hold internals. The digest matches the server log line, for support.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <main className="auth-page">
      <div className="card auth-card" role="alert">
        <h1>Something went wrong</h1>
        <p>This page could not be shown. Try again, or go back to your articles.</p>
        {digest && <p className="muted small">Reference for support: {digest}</p>}
        <p>
          <button type="button" className="button button--primary" onClick={() => retry()}>
            Try again
          </button>{" "}
          <Link className="button" href="/articles">
            Back to articles
          </Link>
        </p>
      </div>
    </main>
  );
}
