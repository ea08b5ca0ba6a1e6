"use client";
import { flushSync } from "react-dom";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from "react";
import { useOnViewportChange, scrollParentOf, visibleBand } from "./use-visible-band";
import { layoutRows, rowsInBand, rowsToRender, type RowLayout } from "./virtual-window";

export type VirtualListProps<T> = {
  items: readonly T[];
  /** Must be stable (a module-level function): it keys rows and their measured heights. */
  keyOf: (item: T) => string;
  /** A guess used until the row has been on screen once and measured; must be stable too. */
  estimateHeight: (item: T) => number;
  renderItem: (item: T) => ReactNode;
  /** Scroll this row into view and focus its first control; a new `nonce` asks again. */
  reveal?: { key: string; nonce: number } | null;
  /** Rows drawn before the list knows where it is on screen: the server render and the first paint. */
  initialRows?: number;
  className?: string;
  label: string;
};

// Rows drawn beyond each edge of the visible band, so a fast scroll or a late render never shows a gap.
const OVERSCAN_PX = 800;
// useLayoutEffect warns on the server, where nothing is laid out anyway.
const useIsoLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/**
 * An ordered list that keeps only the rows near the screen in the DOM: with 2,000 claims the panel holds a few
 * dozen rows instead of 2,000, so opening the page, closing a claim and every re-render stay cheap. Rows are placed
 * absolutely at offsets built from measured heights (estimates until measured). For assistive technology each row
 * says its place in the whole list (aria-posinset/aria-setsize), and the focused row always stays in the DOM.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, keyOf, estimateHeight, reveal } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [band, setBand] = useState(() => ({ first: 0, end: Math.min(items.length, props.initialRows ?? 30) }));
  const [focusKey, setFocusKey] = useState<string | null>(null);

  const layout = useMemo(
    () => layoutRows(items.length, (i) => heights.get(keyOf(items[i])) ?? estimateHeight(items[i])),
    [items, heights, keyOf, estimateHeight],
  );
  const indexOf = useMemo(() => new Map(items.map((item, i) => [keyOf(item), i])), [items, keyOf]);

  // The scroll and resize handlers run outside React renders: they read the latest layout from here.
  const current = useRef<{ layout: RowLayout; indexOf: Map<string, number>; firstVisible: number }>({ layout, indexOf, firstVisible: 0 });
  useIsoLayoutEffect(() => {
    current.current.layout = layout;
    current.current.indexOf = indexOf;
  }, [layout, indexOf]);

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const seen = visibleBand(list, scrollParentOf(list));
    const { layout } = current.current;
    current.current.firstVisible = rowsInBand(layout, seen.top, seen.bottom).first;
    const next = rowsInBand(layout, seen.top - OVERSCAN_PX, seen.bottom + OVERSCAN_PX);
    setBand((previous) => (previous.first === next.first && previous.end === next.end ? previous : next));
  }, []);
  useIsoLayoutEffect(update, [update, layout]);
  useOnViewportChange(listRef, update);

  const observer = useRef<ResizeObserver | null>(null);
  const measure = useCallback((entries: ResizeObserverEntry[]) => {
    const { layout, indexOf, firstVisible } = current.current;
    const changed: [string, number][] = [];
    let above = 0;
    for (const entry of entries) {
      const key = (entry.target as HTMLElement).dataset.rowKey ?? "";
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
      const index = indexOf.get(key);
      if (index === undefined || height === 0) continue;
      const laidOut = layout.tops[index + 1] - layout.tops[index];
      if (Math.abs(height - laidOut) < 0.5) continue;
      changed.push([key, height]);
      // A row above the screen that turns out taller or shorter would shift what the reader is looking at.
      if (index < firstVisible) above += height - laidOut;
    }
    if (changed.length === 0) return;
    // Synchronously, so the new offsets and the scroll correction below reach the screen in the same frame.
    flushSync(() => setHeights((previous) => new Map([...previous, ...changed])));
    const list = listRef.current;
    if (above !== 0 && list) {
      const scroller = scrollParentOf(list);
      if (scroller) scroller.scrollTop += above;
      else window.scrollBy(0, above);
    }
  }, []);
  const observeRow = useCallback(
    (row: HTMLLIElement | null) => {
      if (!row || typeof ResizeObserver === "undefined") return;
      observer.current ??= new ResizeObserver(measure);
      const watching = observer.current;
      watching.observe(row);
      return () => watching.unobserve(row);
    },
    [measure],
  );
  useEffect(() => () => observer.current?.disconnect(), []);

  const revealKey = reveal?.key ?? null;
  const revealNonce = reveal?.nonce;
  useIsoLayoutEffect(() => {
    if (revealKey === null) return;
    const rows = Array.from(listRef.current?.children ?? []) as HTMLElement[];
    const row = rows.find((el) => el.dataset.rowKey === revealKey);
    row?.scrollIntoView?.({ block: "nearest" });
    row?.querySelector<HTMLElement>("button, a[href], [tabindex]")?.focus({ preventScroll: true });
  }, [revealKey, revealNonce]);

  const pinned = [focusKey, revealKey].map((key) => (key === null ? -1 : (indexOf.get(key) ?? -1)));
  const rows = rowsToRender({ first: band.first, end: Math.min(band.end, items.length) }, pinned);
  const keyIn = (event: FocusEvent) => (event.target as HTMLElement | null)?.closest<HTMLElement>("li[data-row-key]")?.dataset.rowKey ?? null;

  return (
    <ol
      ref={listRef}
      className={props.className}
      aria-label={props.label}
      style={{ height: layout.total }}
      onFocus={(event) => setFocusKey(keyIn(event))}
      onBlur={(event) => {
        if (!listRef.current?.contains(event.relatedTarget as Node | null)) setFocusKey(null);
      }}
    >
      {rows.map((i) => {
        const key = keyOf(items[i]);
        return (
          <li key={key} ref={observeRow} data-row-key={key} aria-posinset={i + 1} aria-setsize={items.length} style={{ top: layout.tops[i] }}>
            {props.renderItem(items[i])}
          </li>
        );
      })}
    </ol>
  );
}
