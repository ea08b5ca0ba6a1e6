"use client";
import { useEffect, useRef } from "react";

export type ReviewKeyHandlers = {
  next: () => void;
  previous: () => void;
  status: (index: number) => void;
  note: () => void;
  source: () => void;
  remove: () => void;
  create: () => void;
  move: () => void;
  close: () => void;
  help: () => void;
  /** Accept or dismiss the suggested claim being looked at. */
  accept: () => void;
  dismiss: () => void;
};

// Inputs that take no typing: after ticking a box the review keys should still work.
const UNTYPED_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color"]);

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  if (element.tagName === "INPUT") return !UNTYPED_INPUTS.has((element as HTMLInputElement).type);
  return (element.isContentEditable && !element.closest("[data-article-viewer]")) || ["TEXTAREA", "SELECT"].includes(element.tagName);
}

/**
 * The review loop's keyboard: J/K move, 1-4 set the status, N note, L link, Delete, C create (or move), M move, Esc, ?,
 * and for suggested claims A accept, X dismiss.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "Escape") return current.current.close();
      if (isTyping(event.target)) return;
      const h = current.current;
      const key = event.key;
      const actions: Record<string, () => void> = {
        j: h.next,
        k: h.previous,
        n: h.note,
        l: h.source,
        c: h.create,
        m: h.move,
        a: h.accept,
        x: h.dismiss,
        "?": h.help,
        Delete: h.remove,
        Backspace: h.remove,
        "1": () => h.status(0),
        "2": () => h.status(1),
        "3": () => h.status(2),
        "4": () => h.status(3),
      };
      const action = actions[key.length === 1 ? key.toLowerCase() : key] ?? (key === "?" ? h.help : undefined);
      if (action) {
        event.preventDefault();
        action();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
