"use client";

/**
 * The small floating toolbar shown just above selected text. `at` is relative to the positioned article box
 * the toolbar lives in, so it stays beside the words when the page scrolls.
 */
export function SelectionToolbar(props: { at: { top: number; left: number }; busy: boolean; label: string; onAction: () => void }) {
  const top = Math.max(4, props.at.top - 44);
  const left = Math.max(4, props.at.left - 50);
  return (
    <div className="selection-toolbar" style={{ top, left }} role="toolbar" aria-label="Selection">
      <button
        type="button"
        className="button button--primary button--small"
        disabled={props.busy}
        onMouseDown={(event) => event.preventDefault() /* keep the text selected */}
        onClick={props.onAction}
      >
        {props.label}
      </button>
    </div>
  );
}
