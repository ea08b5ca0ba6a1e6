import type { LiveClaimEvent, LiveVersionEvent } from "./events";
import { claimsChangedSince } from "./claims-changed-since";
import { currentVersionEvent } from "./current-version-event";
import { closeOnShutdown } from "./close-on-shutdown";
import { liveRooms, type LiveRooms, type Viewer } from "./rooms";

export type LiveEventStreamOptions = {
  articleId: string;
  viewer: Viewer;
  /** The browser's cursor (server ms) from its previous stream; omitted on a first connection. */
  since?: number;
  signal: AbortSignal;
  rooms?: LiveRooms;
  replay?: (articleId: string, since: number) => Promise<LiveClaimEvent[]>;
  /** The article's newest version, told on every (re)connection: an import announced while this tab was away is not missed. */
  currentVersion?: (articleId: string) => Promise<LiveVersionEvent | null>;
  heartbeatMs?: number;
  /** Registers the stream to be closed when the server stops (tests pass a no-op). */
  onShutdown?: (close: () => void) => () => void;
};

/**
 * How far back a catch-up looks beyond the cursor: covers transactions that committed a little after their events'
 * timestamps, clock differences between instances, and the time between a page render and its first stream.
 */
export const REPLAY_MARGIN_MS = 15_000;

const defaultReplay = (articleId: string, since: number) => claimsChangedSince({ articleId, since });
const defaultCurrentVersion = (articleId: string) => currentVersionEvent({ articleId });

/**
 * One browser tab's server-sent event stream for an article: `claim`, `version` and `presence` events, a `ready` event
 * carrying the cursor, and a comment every 15 s so that proxies keep the connection open. Closing it announces "left".
 */
export function liveEventStream(options: LiveEventStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const replayFrom = options.replay ?? defaultReplay;
  const versionOf = options.currentVersion ?? defaultCurrentVersion;
  let close = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      // Replayed events may repeat ones already sent; the browser refetches the claim, which is harmless.
      // The version first: a page on an old version reloads rather than merging claims placed on the new text.
      const replay = async (since: number) => {
        try {
          const version = await versionOf(options.articleId);
          if (version) send("version", version);
        } catch (error) {
          console.warn("[factdesk] live: version check failed", error);
        }
        try {
          (await replayFrom(options.articleId, since - REPLAY_MARGIN_MS)).forEach((event) => send("claim", event));
        } catch (error) {
          console.warn("[factdesk] live: catch-up failed", error);
        }
      };

      write("retry: 2000\n\n");
      const membership = (options.rooms ?? liveRooms()).join(options.articleId, options.viewer, {
        onClaim: (event) => send("claim", event),
        onVersion: (event) => send("version", event),
        onPresence: (entries) => send("presence", { entries }),
        onGap: (since) => void replay(since),
      });
      // Only once LISTEN is active can a catch-up query be sure to overlap with what arrives live.
      void membership.ready.then(() => {
        const at = Date.now();
        send("ready", { at });
        return replay(options.since ?? at);
      });
      const heartbeat = setInterval(() => write(": ping\n\n"), options.heartbeatMs ?? 15_000);
      const forget = (options.onShutdown ?? closeOnShutdown)(() => close());

      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        forget();
        membership.leave();
        options.signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // already closed by the consumer
        }
      };
      options.signal.addEventListener("abort", close);
      if (options.signal.aborted) close();
    },
    cancel() {
      close();
    },
  });
}
