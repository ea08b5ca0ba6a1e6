"use client";
/**
 * Shown on a review page whose article gained a newer version while it was open. The claims have already moved to
 * the new text on the server, so the page offers to show that version rather than let the reviewer keep marking words
 * on a text that is no longer current (the server refuses such claims anyway).
 */
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { LiveVersionNotice } from "@/components/live/use-live-article";

export function NewerVersionNotice({ version, shownNumber }: { version: LiveVersionNotice; shownNumber: number }) {
  const router = useRouter();
  const [loading, startLoading] = useTransition();
  const who = version.by ? `${version.by} stored version ${version.number} of this article.` : `Version ${version.number} of this article was stored while this page was open.`;
  return (
    <div className="notice notice--warning notice--action newer-version" role="status">
      <p>
        <strong>{who}</strong> The claims have moved to its text; this page still shows version {shownNumber}. Your notes and
        verdicts are kept.
      </p>
      {/* The page's workspace is keyed by version: a refresh brings the new text and starts it afresh. */}
      <button type="button" className="button button--primary button--small" disabled={loading} onClick={() => startLoading(() => router.refresh())}>
        {loading ? `Loading version ${version.number}…` : `Show version ${version.number}`}
      </button>
    </div>
  );
}
