/**
 * Fetches changed claims one request per claim at a time, a few claims in parallel. A change announced while its
 * claim is being fetched triggers one more fetch afterwards, so the last answer delivered is never older than the
 * last announcement (source changes do not bump the revision, so the revision alone cannot order answers).
 */
export type ClaimFetchQueue = { request(claimId: string): void; stop(): void };

export function createClaimFetchQueue<T>(options: {
  fetchClaim: (claimId: string) => Promise<T | null>;
  deliver: (result: T) => void;
  concurrency?: number;
}): ClaimFetchQueue {
  const concurrency = options.concurrency ?? 4;
  const waiting: string[] = [];
  const running = new Set<string>();
  const again = new Set<string>();
  let stopped = false;

  function pump() {
    while (!stopped && running.size < concurrency) {
      const claimId = waiting.shift();
      if (claimId === undefined) return;
      running.add(claimId);
      options
        .fetchClaim(claimId)
        .then((result) => {
          if (!stopped && result !== null) options.deliver(result);
        })
        .catch(() => {
          // A failed fetch is dropped: the stream reconnects after network trouble and catches up then.
        })
        .finally(() => {
          running.delete(claimId);
          if (again.delete(claimId)) request(claimId);
          pump();
        });
    }
  }

  function request(claimId: string) {
    if (stopped) return;
    if (running.has(claimId)) again.add(claimId);
    else if (!waiting.includes(claimId)) waiting.push(claimId);
    pump();
  }

  return {
    request,
    stop() {
      stopped = true;
      waiting.length = 0;
    },
  };
}
