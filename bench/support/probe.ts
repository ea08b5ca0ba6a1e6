/**
 * The in-page half of the browser benchmarks, injected before any page script runs. It is a string on purpose:
 * tsx compiles functions with `__name` helpers that do not exist inside the page.
 *
 * - `__bench.expect(n)` (set per page before navigation) polls each frame until the article is mounted with `n`
 *   claim badges, then waits for the main thread: the ready time is the end of the last long task (> 50 ms) before a
 *   500 ms window without any, so "drawn" also means "answers input".
 * - `__bench.arm(condition)` then a key press: `keyAt` is the keydown's `event.timeStamp` (when the browser took the
 *   input, so time waiting for a busy main thread counts), `doneAt` the first frame after the DOM showed the change.
 */
export const PROBE_SCRIPT = String.raw`(() => {
  const QUIET_MS = 500;
  const bench = { pending: null, longTasks: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) {}
  window.addEventListener("keydown", (event) => {
    if (bench.pending && bench.pending.keyAt === null) bench.pending.keyAt = event.timeStamp;
  }, true);
  const article = () => document.querySelector('[aria-label="Article text"].ProseMirror');
  const highlight = (id) => article() && article().querySelector('[data-claim-id="' + CSS.escape(id) + '"]:not([data-claim-badge])');
  const checks = {
    "active-changed": (c) => {
      const el = article() && article().querySelector(".claim--active[data-claim-id]");
      return !!el && el.getAttribute("data-claim-id") !== c.from;
    },
    status: (c) => { const el = highlight(c.id); return !!el && el.getAttribute("data-status") === c.status; },
    // Shown, not merely present: the panel keeps the list in the DOM, hidden, while a claim is open.
    "list-shown": () => { const row = document.querySelector('ol[aria-label="Claims"] > li'); return !!row && row.checkVisibility(); },
  };
  bench.active = () => {
    const el = article() && article().querySelector(".claim--active[data-claim-id]:not([data-claim-badge])");
    return el ? { id: el.getAttribute("data-claim-id"), status: el.getAttribute("data-status") } : null;
  };
  bench.arm = (condition) => {
    const pending = { keyAt: null, domAt: null, doneAt: null };
    pending.done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (pending.domAt !== null || !checks[condition.kind](condition)) return;
        pending.domAt = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => { pending.doneAt = performance.now(); resolve(); });
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["class", "style", "hidden", "data-status", "data-claim-id"] });
    });
    bench.pending = pending;
  };
  bench.result = (timeoutMs) => {
    const pending = bench.pending;
    const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs));
    return Promise.race([pending.done, timeout]).then(() => ({
      keyAt: pending.keyAt, domAt: pending.domAt, doneAt: pending.doneAt, origin: performance.timeOrigin,
    }));
  };
  bench.expect = (count) => {
    bench.ready = new Promise((resolve) => {
      const settle = (drawnAt) => {
        let from = performance.now();
        const idleAt = from;
        const wait = () => setTimeout(() => {
          const late = bench.longTasks.filter((t) => t.end > from && t.start < from + QUIET_MS);
          if (late.length === 0) {
            const busyUntil = Math.max(idleAt, ...bench.longTasks.filter((t) => t.start < from).map((t) => t.end));
            const badges = article().querySelectorAll("[data-claim-badge]").length;
            resolve({ drawnAt, idleAt, readyAt: busyUntil, badges, longTasks: bench.longTasks.length });
          } else {
            from = Math.max(...late.map((t) => t.end));
            wait();
          }
        }, Math.max(0, from + QUIET_MS - performance.now()));
        wait();
      };
      const poll = () => {
        const root = article();
        if (root && root.querySelectorAll("[data-claim-badge]").length >= count) {
          const drawnAt = performance.now();
          setTimeout(() => settle(drawnAt), 0);
        } else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  };
})();`;
