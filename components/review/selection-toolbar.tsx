"use client";

/** The small floating toolbar shown over selected text. */
export function SelectionToolbar(props: { rect: DOMRect; busy: boolean; onCreate: () => void }) {
  const top = Math.max(8, props.rect.top + window.scrollY - 48);
  const left = Math.max(8, props.rect.left + window.scrollX + props.rect.width / 2 - 60);
  return (
    <div className="selection-toolbar" style={{ top, left }} role="toolbar" aria-label="Selection">
      <button
        type="button"
        className="button button--primary button--small"
        disabled={props.busy}
        onMouseDown={(event) => event.preventDefault() /* keep the text selected */}
        onClick={props.onCreate}
      >
        New claim
      </button>
    </div>
  );
}
