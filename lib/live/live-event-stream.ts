import type { LiveClaimEvent } from "./events";
import { claimsChangedSince } from "./claims-changed-since";
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

/**
 * One browser tab's server-sent event stream for an article: `claim` and `presence` events, a `ready` event carrying
 * the cursor, and a comment every 15 s so that proxies keep the connection open. Closing it announces "left".
 */
export function liveEventStream(options: LiveEventStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const replayFrom = options.replay ?? defaultReplay;
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
      const replay = (since: number) =>
        replayFrom(options.articleId, since - REPLAY_MARGIN_MS)
          .then((events) => events.forEach((event) => send("claim", event)))
          .catch((error: unknown) => console.warn("[factdesk] live: catch-up failed", error));

      write("retry: 2000\n\n");
      const membership = (options.rooms ?? liveRooms()).join(options.articleId, options.viewer, {
        onClaim: (event) => send("claim", event),
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
