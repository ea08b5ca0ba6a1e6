"use client";
import { useCallback, useSyncExternalStore } from "react";

const KEY = "factdesk:show-suggestions";
const listeners = new Set<() => void>();
// Where the choice lives when the browser refuses storage (private mode, policy): this page only.
let unstored: boolean | null = null;

function read(): boolean {
  if (unstored !== null) return unstored;
  try {
    return window.localStorage.getItem(KEY) !== "off";
  } catch {
    return true;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener); // another tab changed it
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** Whether suggested claims are underlined in the article: on unless this browser turned them off. */
export function useShowSuggestions(): [boolean, (show: boolean) => void] {
  // The server render has no storage: it draws the default, and the browser takes over after hydration.
  const show = useSyncExternalStore(subscribe, read, () => true);
  const update = useCallback((next: boolean) => {
    try {
      window.localStorage.setItem(KEY, next ? "on" : "off");
    } catch {
      unstored = next;
    }
    for (const listener of listeners) listener();
  }, []);
  return [show, update];
}
