import { closeOnShutdown } from "@/lib/live/close-on-shutdown";
import { DELIVERY_BATCH_SIZE, deliverDueWebhooks, type DeliverDueWebhooksResult } from "./deliver-due-webhooks";

export type StartWebhookWorkerOptions = {
  pollMs?: number;
  /** One round of the queue; replaced in tests. */
  deliver?: () => Promise<DeliverDueWebhooksResult>;
};

type Worker = { stop: () => void };

const DEFAULT_POLL_MS = 2000;
const globalForWorker = globalThis as unknown as { factdeskWebhookWorker?: Worker };

function pollMs(): number {
  const value = Number(process.env.FACTDESK_WEBHOOK_POLL_MS);
  return Number.isFinite(value) && value >= 50 ? value : DEFAULT_POLL_MS;
}

/**
 * Sends queued webhook deliveries in the background of this server process, until it is asked to stop. Several
 * processes may each run one: they share the queue without sending anything twice. Returns the stop function.
 */
export function startWebhookWorker(options: StartWebhookWorkerOptions = {}): () => void {
  // On globalThis, so dev hot reloads (which re-run this module) do not start a second loop beside the first.
  const running = globalForWorker.factdeskWebhookWorker;
  if (running) return running.stop;

  const interval = options.pollMs ?? pollMs();
  const deliver = options.deliver ?? (() => deliverDueWebhooks());
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let lastError: string | null = null;

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delay);
    // The poll alone never keeps a process alive (a script that imports this, a test).
    timer.unref();
  };

  async function tick() {
    let full = false;
    try {
      const result = await deliver();
      // A full round means more may be waiting: go again at once rather than after a pause.
      full = result.taken >= DELIVERY_BATCH_SIZE;
      lastError = null;
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      // One line per new problem: a database that is down for a minute must not print thirty identical lines.
      if (message !== lastError) console.error(`[factdesk] webhook worker: ${message} (retrying every ${interval} ms)`);
      lastError = message;
    }
    // Chained rather than setInterval, so a slow round is never overlapped by the next one.
    schedule(full ? 0 : interval);
  }

  let cancelShutdownHook = () => {};
  const worker: Worker = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      cancelShutdownHook();
      if (globalForWorker.factdeskWebhookWorker === worker) delete globalForWorker.factdeskWebhookWorker;
    },
  };
  cancelShutdownHook = closeOnShutdown(worker.stop);
  globalForWorker.factdeskWebhookWorker = worker;
  schedule(interval);
  return worker.stop;
}
