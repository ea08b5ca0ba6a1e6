/**
 * Scripted scroll of the claims panel, run inside the page (a string for the same reason as probe.ts): one fixed
 * step per animation frame from top to bottom, recording how long each frame took and the most list rows that were
 * in the DOM at any moment. Frames longer than the budget are what a reader sees as a stutter.
 */
export const SCROLL_SCRIPT = String.raw`(async ({ stepPx, maxFrames }) => {
  const list = document.querySelector('ol[aria-label="Claims"]');
  if (!list) throw new Error("The claims list is not shown.");
  let scroller = list.parentElement;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /(auto|scroll)/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
  scroller = scroller || document.scrollingElement;
  scroller.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const frames = [];
  let maxRows = list.querySelectorAll(":scope > li").length;
  let last = performance.now();
  for (let i = 0; i < maxFrames; i++) {
    const before = scroller.scrollTop;
    scroller.scrollTop = before + stepPx;
    const now = await new Promise((r) => requestAnimationFrame(r));
    frames.push(now - last);
    last = now;
    maxRows = Math.max(maxRows, list.querySelectorAll(":scope > li").length);
    if (scroller.scrollTop === before) break;
  }
  return { frames, maxRows, scrolledPx: scroller.scrollTop };
})`;
