"use client";
import { useEffect, type RefObject } from "react";

/** The part of an element, in its own coordinates (0 = its top edge), that is on screen. */
export type Band = { top: number; bottom: number };

/** Nearest ancestor that scrolls its content (the sticky claims panel on wide screens), or null for the page. */
export function scrollParentOf(element: HTMLElement): HTMLElement | null {
  for (let el = element.parentElement; el && el !== document.body; el = el.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(el).overflowY)) return el;
  }
  return null;
}

/** Where `element` meets both the viewport and its scrolling ancestor, so one rule serves wide and narrow layouts. */
export function visibleBand(element: HTMLElement, scroller: HTMLElement | null): Band {
  const rect = element.getBoundingClientRect();
  let top = 0;
  let bottom = window.innerHeight;
  if (scroller) {
    const clip = scroller.getBoundingClientRect();
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
  }
  return { top: top - rect.top, bottom: bottom - rect.top };
}

/**
 * Calls `onScroll` whenever anything that can move the element on screen happens: a scroll of the page or of any
 * ancestor (one capturing listener catches both), or a resize. The handler should be cheap and set state only
 * when what it derives from the band changes.
 */
export function useOnViewportChange(ref: RefObject<HTMLElement | null>, onScroll: () => void): void {
  useEffect(() => {
    if (!ref.current) return;
    const options = { capture: true, passive: true } as const;
    window.addEventListener("scroll", onScroll, options);
    window.addEventListener("resize", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll, options);
      window.removeEventListener("resize", onScroll);
    };
  }, [ref, onScroll]);
}
