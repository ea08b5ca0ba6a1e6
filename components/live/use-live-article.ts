"use client";
/**
 * Keeps an open article in step with teammates: listens to the article's live stream, fetches each claim it is
 * told changed, and announces this tab's presence. Reconnects on its own after network drops and server restarts,
 * catching up on what changed meanwhile.
 */
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { PresenceEntry } from "@/lib/live/presence";
import { createClaimFetchQueue } from "./claim-fetch-queue";
import { newConnectionId, readClaim, readPresence, readReady, readVersion, type LiveClaimChange, type LiveVersionNotice } from "./live-messages";

export type { LiveClaimChange, LiveVersionNotice } from "./live-messages";
export type LiveStatus = "connecting" | "live" | "reconnecting";

export type UseLiveArticleOptions = {
  articleId: string;
  /** The claim this tab has open, shown to teammates; null when none is. */
  openClaimId: string | null;
  /** A teammate's (or this tab's own) change, fetched after the fact: merge it, e.g. by `upsertClaim`. */
  onClaimChanged: (change: LiveClaimChange) => void;
  /** The article's newest version: told when a teammate stores one, and on every (re)connection. */
  onVersion?: (version: LiveVersionNotice) => void;
  /** Server time (ms) the page's claims were read at; changes since then are fetched on the first connection. */
  since?: number;
};

export type LiveArticle = { connected: boolean; status: LiveStatus; peers: PresenceEntry[] };

const HEARTBEAT_MS = 20_000;
const MIN_RETRY_MS = 1_000;
const MAX_RETRY_MS = 10_000;
const STABLE_MS = 10_000;

const articlePath = (articleId: string) => `/api/articles/${encodeURIComponent(articleId)}`;

async function fetchClaim(articleId: string, claimId: string, signal: AbortSignal): Promise<LiveClaimChange | null> {
  const response = await fetch(`${articlePath(articleId)}/claims/${encodeURIComponent(claimId)}`, { cache: "no-store", signal });
  if (response.status === 404) return { id: claimId, deleted: true };
  return response.ok ? ((await response.json()) as LiveClaimChange) : null;
}

function postPresence(articleId: string, connectionId: string, openClaimId: string | null) {
  void fetch(`${articlePath(articleId)}/presence`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ connectionId, openClaimId }),
  }).catch(() => {
    // The next heartbeat tries again.
  });
}

type State = { articleId: string; status: LiveStatus; peers: PresenceEntry[] };

export function useLiveArticle({ articleId, openClaimId, onClaimChanged, onVersion, since }: UseLiveArticleOptions): LiveArticle {
  const [state, setState] = useState<State>({ articleId, status: "connecting", peers: [] });
  // The id of the stream that is live right now; presence is only announced for a stream the server holds.
  const liveConnection = useRef<string | null>(null);
  const deliver = useEffectEvent((change: LiveClaimChange) => onClaimChanged(change));
  const deliverVersion = useEffectEvent((version: LiveVersionNotice) => onVersion?.(version));
  const announce = useEffectEvent(() => {
    if (liveConnection.current) postPresence(articleId, liveConnection.current, openClaimId);
  });
  const initialSince = useEffectEvent(() => since);

  useEffect(() => {
    const aborter = new AbortController();
    const queue = createClaimFetchQueue({ fetchClaim: (id) => fetchClaim(articleId, id, aborter.signal), deliver: (change) => deliver(change) });
    // Every id this tab used: a closed stream's entry may linger briefly on the server, and is still us.
    const ours = new Set<string>();
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let cursor = initialSince();
    const update = (patch: Partial<State>) =>
      setState((previous) => ({ ...(previous.articleId === articleId ? previous : { articleId, status: "connecting", peers: [] }), ...patch }));

    function open() {
      const connectionId = newConnectionId();
      ours.add(connectionId);
      const query = new URLSearchParams({ connection: connectionId });
      if (cursor !== undefined) query.set("since", String(cursor));
      const stream = new EventSource(`${articlePath(articleId)}/live?${query}`);
      source = stream;
      let liveAt: number | null = null;
      stream.addEventListener("ready", (event) => {
        const ready = readReady(event.data);
        if (ready) cursor = Math.max(cursor ?? 0, ready.at);
        liveAt = Date.now();
        liveConnection.current = connectionId;
        update({ status: "live" });
        announce();
      });
      stream.addEventListener("claim", (event) => {
        const claim = readClaim(event.data);
        if (!claim) return;
        cursor = Math.max(cursor ?? 0, claim.at);
        queue.request(claim.claimId);
      });
      stream.addEventListener("version", (event) => {
        const version = readVersion(event.data);
        if (version) deliverVersion(version);
      });
      stream.addEventListener("presence", (event) => {
        const entries = readPresence(event.data);
        if (entries) update({ peers: entries.filter((entry) => !ours.has(entry.connectionId)) });
      });
      // EventSource retries by itself, but with the same URL: reopen ourselves, with a fresh id and the cursor.
      stream.onerror = () => {
        stream.close();
        if (source !== stream) return;
        source = null;
        liveConnection.current = null;
        update({ status: "reconnecting" });
        // Back off afresh only after a stream that held: one that ends at once (a server draining) keeps backing off.
        if (liveAt !== null && Date.now() - liveAt >= STABLE_MS) attempt = 0;
        retry = setTimeout(open, Math.min(MAX_RETRY_MS, MIN_RETRY_MS * 2 ** attempt++));
      };
    }

    open();
    const heartbeat = setInterval(() => announce(), HEARTBEAT_MS);
    return () => {
      source?.close();
      source = null;
      liveConnection.current = null;
      clearTimeout(retry);
      clearInterval(heartbeat);
      queue.stop();
      aborter.abort();
    };
  }, [articleId]);

  // Tell teammates at once when this tab opens another claim (a no-op until the stream is live).
  useEffect(() => {
    announce();
  }, [openClaimId]);

  const current = state.articleId === articleId ? state : { status: "connecting" as const, peers: [] };
  return { connected: current.status === "live", status: current.status, peers: current.peers };
}
