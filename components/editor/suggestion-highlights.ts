import { Extension, type Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { isSelectingText } from "./claim-click";
import { claimRange } from "./claim-decorations";
import { docTextOf } from "./claim-text";

/** A suggested claim as the editor draws it: a sentence span (offsets into the article text, as for claims). */
export type SuggestionMark = { id: string; start: number; end: number; hedged: boolean };

type SuggestionState = { marks: readonly SuggestionMark[]; activeId: string | null; decorations: DecorationSet };
type SuggestionAction = { marks?: readonly SuggestionMark[]; activeId?: string | null };

export const suggestionHighlightsKey = new PluginKey<SuggestionState>("suggestionHighlights");

function label(pos: number, id: string): Decoration {
  return Decoration.widget(
    pos,
    (view) => {
      const el = view.dom.ownerDocument.createElement("span");
      el.className = "suggestion-label";
      el.setAttribute("aria-hidden", "true");
      el.textContent = "Suggested";
      return el;
    },
    { key: `suggested:${id}`, side: -1, ignoreSelection: true, suggestionId: id },
  );
}

/**
 * Every suggestion as a dashed underline; the one being looked at also gets a "Suggested" label. Suggestions are a
 * few hundred at most on a long article and change only on accept, dismiss or a new active one, so the set is
 * rebuilt whole rather than patched.
 */
function decorate(doc: PMNode, marks: readonly SuggestionMark[], activeId: string | null): DecorationSet {
  const map = docTextOf(doc);
  const decorations: Decoration[] = [];
  for (const mark of marks) {
    const range = claimRange(map, mark);
    if (!range) continue;
    const classes = ["suggestion"];
    if (mark.hedged) classes.push("suggestion--hedged");
    if (mark.id === activeId) classes.push("suggestion--active");
    const attrs = {
      nodeName: "span",
      class: classes.join(" "),
      "data-suggestion-id": mark.id,
      title: mark.hedged ? "Suggested claim, likely unsourced: click to accept or dismiss" : "Suggested claim: click to accept or dismiss",
    };
    decorations.push(Decoration.inline(range.from, range.to, attrs, { suggestionId: mark.id }));
    if (mark.id === activeId) decorations.push(label(range.from, mark.id));
  }
  return DecorationSet.create(doc, decorations);
}

function suggestionHighlightsPlugin(onClick: (id: string) => void): Plugin<SuggestionState> {
  return new Plugin<SuggestionState>({
    key: suggestionHighlightsKey,
    state: {
      init: () => ({ marks: [], activeId: null, decorations: DecorationSet.empty }),
      apply(tr, previous) {
        const action = tr.getMeta(suggestionHighlightsKey) as SuggestionAction | undefined;
        if (!action) return tr.docChanged ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous;
        const marks = action.marks ?? previous.marks;
        const activeId = action.activeId === undefined ? previous.activeId : action.activeId;
        return { marks, activeId, decorations: decorate(tr.doc, marks, activeId) };
      },
    },
    props: {
      decorations: (state) => suggestionHighlightsKey.getState(state)?.decorations,
      handleDOMEvents: {
        click(view, event) {
          const target = event.target as Element | null;
          // A claim drawn over the same words takes the click (the review page hides such suggestions anyway).
          if (!target?.closest || target.closest("[data-claim-id], [data-claim-badge]")) return false;
          const span = target.closest("[data-suggestion-id]");
          if (!span || !view.dom.contains(span) || isSelectingText(view.dom)) return false;
          onClick(span.getAttribute("data-suggestion-id") ?? "");
          return false;
        },
      },
    },
  });
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestionHighlights: {
      /** Replaces the suggested claims drawn (an empty list hides them all). */
      setSuggestions: (marks: readonly SuggestionMark[]) => ReturnType;
      /** Marks the suggestion being looked at, or none; scrolling to it is `revealSuggestion`. */
      setActiveSuggestion: (id: string | null) => ReturnType;
    };
  }
  interface EditorEvents {
    /** A suggested claim's underline was clicked. */
    suggestionClick: { editor: Editor; id: string };
  }
}

/** Scrolls a drawn suggestion to the middle of the viewport unless it is already in view; false when it is not drawn. */
export function revealSuggestion(editor: Editor, id: string): boolean {
  if (editor.isDestroyed) return false;
  const target = editor.view.dom.querySelector(`[data-suggestion-id="${CSS.escape(id)}"]`);
  if (!target) return false;
  const box = target.getBoundingClientRect();
  // Clicked in the text, or otherwise on screen already: moving it would only lose the reader's place.
  if (box.top >= 0 && box.bottom <= window.innerHeight) return true;
  const reduceMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  target.scrollIntoView?.({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  return true;
}

/** Draws the scorer's suggested claims as decorations, apart from the claims' own (see claim-highlights). */
export const SuggestionHighlights = Extension.create({
  name: "suggestionHighlights",

  addCommands() {
    return {
      setSuggestions: (marks) => ({ tr, dispatch }) => {
        if (dispatch) tr.setMeta(suggestionHighlightsKey, { ...(tr.getMeta(suggestionHighlightsKey) as SuggestionAction | undefined), marks });
        return true;
      },
      setActiveSuggestion: (id) => ({ tr, dispatch }) => {
        if (dispatch) tr.setMeta(suggestionHighlightsKey, { ...(tr.getMeta(suggestionHighlightsKey) as SuggestionAction | undefined), activeId: id });
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    return [suggestionHighlightsPlugin((id) => this.editor.emit("suggestionClick", { editor: this.editor, id }))];
  },
});
