"use client";
import "./globals.css";

/** Shown when even the root layout fails. It replaces the whole document, and says nothing about the error itself. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Factdesk</title>
        <main className="auth-page">
          <div className="card auth-card" role="alert">
            <h1>Something went wrong</h1>
            <p>Factdesk could not be shown. Try again in a moment.</p>
            {digest && <p className="muted small">Reference for support: {digest}</p>}
            <button type="button" className="button button--primary" onClick={() => retry()}>
              Try again
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
