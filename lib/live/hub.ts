/**
 * One LISTEN connection per server process, fanning `factdesk_live` notifications out to in-process subscribers
 * by article. It is a dedicated `pg.Client`, not a pool connection: LISTEN belongs to a session, and a pooled
 * session would be handed to queries and recycled.
 */
import { Client, type Notification } from "pg";
import { LIVE_CHANNEL, parseLiveEvent, type LiveEvent } from "./events";

export type LiveListener = {
  onEvent(event: LiveEvent): void;
  /** Called once listening again after the connection dropped: notifications since `since` (ms) may be lost. */
  onGap?(since: number): void;
};

export type LiveHub = {
  subscribe(articleId: string, listener: LiveListener): () => void;
  /** Resolves once LISTEN is active, starting the connection if nobody has yet. */
  ready(): Promise<void>;
  close(): Promise<void>;
};

export type LiveHubOptions = {
  connectionString: string;
  /** Shown in pg_stat_activity, so an operator can tell the listener from the pool. */
  applicationName?: string;
  minDelayMs?: number;
  maxDelayMs?: number;
  log?: (message: string, error?: unknown) => void;
};

export function createLiveHub(options: LiveHubOptions): LiveHub {
  const { minDelayMs = 500, maxDelayMs = 10_000 } = options;
  const log = options.log ?? ((message, error) => console.warn(`[factdesk] live: ${message}`, error ?? ""));
  const subscribers = new Map<string, Set<LiveListener>>();
  let client: Client | null = null;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  let attempt = 0;
  let lostAt: number | null = null;
  let waiters: (() => void)[] = [];

  function dispatch(message: Notification) {
    if (message.channel !== LIVE_CHANNEL || !message.payload) return;
    const event = parseLiveEvent(message.payload);
    if (!event) return log("ignored a malformed notification");
    for (const listener of subscribers.get(event.articleId) ?? []) {
      try {
        listener.onEvent(event);
      } catch (error) {
        log("a subscriber failed", error);
      }
    }
  }

  async function connect() {
    retry = null;
    const next = new Client({ connectionString: options.connectionString, application_name: options.applicationName ?? "factdesk-live", keepAlive: true });
    client = next;
    next.on("notification", dispatch);
    next.on("error", (error) => dropped(next, error));
    next.on("end", () => dropped(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      return dropped(next, error);
    }
    if (client !== next) return;
    listening = true;
    attempt = 0;
    for (const resolve of waiters.splice(0)) resolve();
    if (lostAt !== null) {
      const since = lostAt;
      lostAt = null;
      for (const listeners of subscribers.values()) for (const listener of listeners) listener.onGap?.(since);
    }
  }

  function dropped(which: Client, error?: unknown) {
    if (client !== which) return;
    client = null;
    listening = false;
    lostAt ??= Date.now();
    which.removeAllListeners();
    which.on("error", () => {}); // a dead client may still emit; unhandled 'error' would crash the process
    which.end().catch(() => {});
    if (closed) return;
    const delay = Math.min(maxDelayMs, minDelayMs * 2 ** attempt++);
    log(`listener connection lost; reconnecting in ${delay} ms`, error);
    retry = setTimeout(() => void connect(), delay + Math.random() * minDelayMs);
    retry.unref?.();
  }

  function start() {
    if (!closed && !client && !retry) void connect();
  }

  return {
    subscribe(articleId, listener) {
      let set = subscribers.get(articleId);
      if (!set) subscribers.set(articleId, (set = new Set()));
      set.add(listener);
      start();
      return () => {
        set.delete(listener);
        if (set.size === 0 && subscribers.get(articleId) === set) subscribers.delete(articleId);
      };
    },
    ready() {
      if (listening) return Promise.resolve();
      start();
      return new Promise((resolve) => waiters.push(resolve));
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      listening = false;
      waiters = [];
      subscribers.clear();
      if (current) {
        current.removeAllListeners();
        current.on("error", () => {});
        await current.end().catch(() => {});
      }
    },
  };
}

const globalForLive = globalThis as unknown as { factdeskLiveHub?: LiveHub };

/** The process's hub, kept on globalThis so that dev hot reloads reuse one LISTEN connection. */
export function liveHub(): LiveHub {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Factdesk with `npm start`, which provides it.");
  globalForLive.factdeskLiveHub ??= createLiveHub({ connectionString: url });
  return globalForLive.factdeskLiveHub;
}
