/**
 * Live streams never end by themselves, and a Node server asked to stop (SIGTERM from a deploy, Ctrl-C) waits
 * for every open response first: without this, one open review tab would hold a restart until it is killed.
 * Browsers reconnect on their own, to another instance or to the restarted one.
 */
type Closer = () => void;
type Shutdown = { closers: Set<Closer>; stopping: boolean };

const SIGNALS = ["SIGTERM", "SIGINT"] as const;
const globalForLive = globalThis as unknown as { factdeskLiveShutdown?: Shutdown };

function install(): Shutdown {
  const state: Shutdown = { closers: new Set(), stopping: false };
  for (const signal of SIGNALS) {
    const handler = () => {
      state.stopping = true;
      for (const close of [...state.closers]) close();
      // Next.js handles these signals itself; were we the only listener, we would swallow the signal instead.
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, handler);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, handler);
  }
  return state;
}

/** True once the process was asked to stop: the live route then refuses new streams. */
export function serverStopping(): boolean {
  return globalForLive.factdeskLiveShutdown?.stopping ?? false;
}

/** Runs `close` when the process is asked to stop; returns the function that cancels that. */
export function closeOnShutdown(close: Closer): () => void {
  // On globalThis, so that dev hot reloads do not stack up signal listeners.
  const state = (globalForLive.factdeskLiveShutdown ??= install());
  if (state.stopping) {
    // Too late to register (the route refuses streams by then, but a request may be in flight): end it at once.
    queueMicrotask(close);
    return () => {};
  }
  state.closers.add(close);
  return () => state.closers.delete(close);
}
