import { Extension, type Editor } from "@tiptap/core";
import type { Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { ofClaim } from "./claim-decorations";
import { claimHighlightsKey, claimHighlightsPlugin, type ClaimHighlightsAction } from "./claim-highlights-plugin";
import type { ClaimHighlight } from "./claim-types";

export { claimHighlightsKey, type ClaimHighlightsAction, type ClaimHighlightsState } from "./claim-highlights-plugin";
export { selectionToTextRange, docTextOf } from "./claim-text";
export type { ClaimHighlight, ClaimStatus } from "./claim-types";

export interface ClaimHighlightsOptions {
  /**
   * Called with a claim's id when its highlight or badge is clicked. Where claims overlap, the shortest one wins.
   * @default null
   */
  onClaimClick: ((id: string) => void) | null;
  /**
   * Called with the ids of claims that could not be drawn: offsets outside the text, or a span with no text in it.
   * @default null
   */
  onUnplaceable: ((ids: string[]) => void) | null;
  /**
   * How long `flashClaim` keeps the `claim--flash` class on, in milliseconds.
   * @default 1200
   */
  flashMs: number;
}

export type ClaimHighlightsStorage = { flashTimers: Map<string, ReturnType<typeof setTimeout>> };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claimHighlights: {
      /** Replaces every highlight with these claims. */
      setClaims: (claims: readonly ClaimHighlight[]) => ReturnType;
      /** Adds one claim or redraws it where its span or status changed; other claims are left alone. */
      upsertClaim: (claim: ClaimHighlight) => ReturnType;
      /** Removes one claim's highlight and badge. */
      removeClaim: (id: string) => ReturnType;
      /** Marks the claim whose panel is open (`claim--active`), or none. */
      setActiveClaim: (id: string | null) => ReturnType;
      /** Scrolls to a claim and flashes it (`claim--flash`) for `flashMs`. */
      flashClaim: (id: string) => ReturnType;
    };
  }
  interface Storage {
    claimHighlights: ClaimHighlightsStorage;
  }
  interface EditorEvents {
    /** A claim's highlight or badge was clicked (the same moment `onClaimClick` is called). */
    claimClick: { editor: Editor; id: string };
    /** Some claims could not be drawn (the same moment `onUnplaceable` is called). */
    claimsUnplaceable: { editor: Editor; ids: string[] };
  }
}

// Several commands may run in one chain, i.e. one transaction: queue their actions instead of overwriting the meta.
function send(tr: Transaction, action: ClaimHighlightsAction): void {
  const queued: unknown = tr.getMeta(claimHighlightsKey);
  const list = queued === undefined ? [] : Array.isArray(queued) ? queued : [queued];
  tr.setMeta(claimHighlightsKey, [...list, action]);
}

function mountedView(editor: Editor): EditorView | null {
  // Until the editor is mounted, `editor.view` is a placeholder whose DOM accessors throw.
  try {
    return editor.view.dom ? editor.view : null;
  } catch {
    return null;
  }
}

/** Scrolls the first highlight of a claim to the middle of the viewport; false when the claim is not drawn. */
export function scrollToClaim(view: EditorView, id: string): boolean {
  const state = claimHighlightsKey.getState(view.state);
  const pieces = state?.decorations.find(undefined, undefined, ofClaim(id, "highlight")) ?? [];
  if (pieces.length === 0) return false;
  const from = Math.min(...pieces.map((d) => d.from));
  // Search only the textblock holding the claim's start rather than the whole article.
  const $from = view.state.doc.resolve(from);
  const block = $from.depth > 0 ? view.nodeDOM($from.before()) : view.dom;
  const scope = block && "querySelectorAll" in block ? (block as Element) : view.dom;
  const target = Array.from(scope.querySelectorAll("[data-claim-id]")).find((el) => el.getAttribute("data-claim-id") === id);
  if (!target) return false;
  const reduceMotion = view.dom.ownerDocument.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  target.scrollIntoView?.({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  return true;
}

/** Draws fact-check claims over the article as decorations, so the stored document never carries them. */
export const ClaimHighlights = Extension.create<ClaimHighlightsOptions, ClaimHighlightsStorage>({
  name: "claimHighlights",

  addOptions() {
    return { onClaimClick: null, onUnplaceable: null, flashMs: 1200 };
  },

  addStorage() {
    return { flashTimers: new Map() };
  },

  addCommands() {
    return {
      setClaims: (claims) => ({ tr, dispatch }) => {
        if (dispatch) send(tr, { type: "set", claims });
        return true;
      },
      upsertClaim: (claim) => ({ tr, dispatch }) => {
        if (dispatch) send(tr, { type: "upsert", claim });
        return true;
      },
      removeClaim: (id) => ({ tr, dispatch }) => {
        if (dispatch) send(tr, { type: "remove", id });
        return true;
      },
      setActiveClaim: (id) => ({ tr, dispatch }) => {
        if (dispatch) send(tr, { type: "active", id });
        return true;
      },
      flashClaim: (id) => ({ tr, dispatch, editor }) => {
        if (!dispatch) return true;
        send(tr, { type: "flash", id, on: true });
        const timers = this.storage.flashTimers;
        clearTimeout(timers.get(id)); // flashing again restarts the clock
        timers.set(
          id,
          setTimeout(() => {
            timers.delete(id);
            if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, { type: "flash", id, on: false }));
          }, this.options.flashMs),
        );
        // The highlight is already in the DOM (flashing only adds a class), so it can be scrolled to right away.
        const view = mountedView(editor);
        if (view) scrollToClaim(view, id);
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    // Read the callbacks at call time, so `configure`d or updated options are always the current ones.
    return [
      claimHighlightsPlugin({
        onClaimClick: (id) => {
          this.options.onClaimClick?.(id);
          // React components subscribe to the event instead: the option is fixed when the editor is built.
          this.editor.emit("claimClick", { editor: this.editor, id });
        },
        onUnplaceable: (ids) => {
          this.options.onUnplaceable?.(ids);
          this.editor.emit("claimsUnplaceable", { editor: this.editor, ids });
        },
      }),
    ];
  },

  onDestroy() {
    for (const timer of this.storage.flashTimers.values()) clearTimeout(timer);
    this.storage.flashTimers.clear();
  },
});
