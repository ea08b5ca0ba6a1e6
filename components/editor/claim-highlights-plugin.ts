import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { DecorationSet } from "@tiptap/pm/view";
import { claimAtTarget, isSelectingText } from "./claim-click";
import { claimDecorations, ofClaim, restyleClaim, type ClaimFlags } from "./claim-decorations";
import { docTextOf } from "./claim-text";
import { sameHighlight, type ClaimHighlight } from "./claim-types";

/** Messages the plugin understands, sent with `tr.setMeta(claimHighlightsKey, action | action[])`. */
export type ClaimHighlightsAction =
  | { type: "set"; claims: readonly ClaimHighlight[] }
  | { type: "upsert"; claim: ClaimHighlight }
  | { type: "remove"; id: string }
  | { type: "active"; id: string | null }
  | { type: "flash"; id: string; on: boolean };

export type ClaimHighlightsState = {
  decorations: DecorationSet;
  /** The claim rows last given, placed or not, by id. */
  claims: ReadonlyMap<string, ClaimHighlight>;
  activeId: string | null;
  flashing: ReadonlySet<string>;
  /** Ids the last placing action could not place; a new array each time, so the view reports each batch once. */
  unplaceable: readonly string[];
};

export type ClaimHighlightsPluginOptions = {
  onClaimClick: ((id: string) => void) | null;
  onUnplaceable: ((ids: string[]) => void) | null;
};

export const claimHighlightsKey = new PluginKey<ClaimHighlightsState>("claimHighlights");

const NONE: readonly string[] = [];

function flagsOf(state: ClaimHighlightsState, id: string): ClaimFlags {
  return { active: state.activeId === id, flash: state.flashing.has(id) };
}

function restyle(state: ClaimHighlightsState, doc: PMNode, id: string | null): DecorationSet {
  const claim = id === null ? undefined : state.claims.get(id);
  return claim ? restyleClaim(state.decorations, doc, claim, flagsOf(state, claim.id)) : state.decorations;
}

function reduce(state: ClaimHighlightsState, action: ClaimHighlightsAction, doc: PMNode): ClaimHighlightsState {
  switch (action.type) {
    case "set": {
      const claims = new Map(action.claims.map((c) => [c.id, c])); // a repeated id: the last row wins
      const map = docTextOf(doc);
      const decorations = [];
      const skipped: string[] = [];
      for (const claim of claims.values()) {
        const made = claimDecorations(map, claim, flagsOf(state, claim.id));
        if (made) decorations.push(...made);
        else skipped.push(claim.id);
      }
      const set = DecorationSet.create(doc, decorations);
      return { ...state, decorations: set, claims, unplaceable: skipped.length ? skipped : NONE };
    }
    case "upsert": {
      const { claim } = action;
      const previous = state.claims.get(claim.id);
      if (previous && sameHighlight(previous, claim)) return state;
      let set = state.decorations.remove(state.decorations.find(undefined, undefined, ofClaim(claim.id)));
      const made = claimDecorations(docTextOf(doc), claim, flagsOf(state, claim.id));
      if (made) set = set.add(doc, made);
      const claims = new Map(state.claims).set(claim.id, claim);
      return { ...state, decorations: set, claims, unplaceable: made ? NONE : [claim.id] };
    }
    case "remove": {
      if (!state.claims.has(action.id)) return state;
      const set = state.decorations.remove(state.decorations.find(undefined, undefined, ofClaim(action.id)));
      const claims = new Map(state.claims);
      claims.delete(action.id);
      return { ...state, decorations: set, claims };
    }
    case "active": {
      if (action.id === state.activeId) return state;
      const previous = state.activeId;
      let next: ClaimHighlightsState = { ...state, activeId: action.id };
      next = { ...next, decorations: restyle(next, doc, previous) };
      return { ...next, decorations: restyle(next, doc, action.id) };
    }
    case "flash": {
      if (state.flashing.has(action.id) === action.on) return state;
      const flashing = new Set(state.flashing);
      if (action.on) flashing.add(action.id);
      else flashing.delete(action.id);
      const next: ClaimHighlightsState = { ...state, flashing };
      return { ...next, decorations: restyle(next, doc, action.id) };
    }
  }
}

const NONE_ACTIONS: readonly ClaimHighlightsAction[] = [];

function actionsOf(tr: Transaction): readonly ClaimHighlightsAction[] {
  const meta: unknown = tr.getMeta(claimHighlightsKey);
  if (meta === undefined) return NONE_ACTIONS;
  return (Array.isArray(meta) ? meta : [meta]) as ClaimHighlightsAction[];
}
export function claimHighlightsPlugin(options: ClaimHighlightsPluginOptions): Plugin<ClaimHighlightsState> {
  return new Plugin<ClaimHighlightsState>({
    key: claimHighlightsKey,
    state: {
      init: () => ({
        decorations: DecorationSet.empty,
        claims: new Map(),
        activeId: null,
        flashing: new Set(),
        unplaceable: NONE,
      }),
      apply(tr, previous) {
        const actions = actionsOf(tr);
        // Selection moves, focus changes and other plugins' transactions keep the very same state object.
        if (actions.length === 0 && !tr.docChanged) return previous;
        let state = previous;
        if (tr.docChanged) state = { ...state, decorations: state.decorations.map(tr.mapping, tr.doc) };
        for (const action of actions) state = reduce(state, action, tr.doc);
        return state;
      },
    },
    props: {
      decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
      handleDOMEvents: {
        click(view, event) {
          const decorations = claimHighlightsKey.getState(view.state)?.decorations ?? DecorationSet.empty;
          const id = claimAtTarget(view.dom, event.target, decorations);
          if (!id || isSelectingText(view.dom)) return false;
          options.onClaimClick?.(id);
          return false;
        },
      },
    },
    view: () => ({
      update(view, previousState) {
        const now = claimHighlightsKey.getState(view.state);
        const before = claimHighlightsKey.getState(previousState);
        if (now && now.unplaceable !== before?.unplaceable && now.unplaceable.length > 0) {
          options.onUnplaceable?.([...now.unplaceable]);
        }
      },
    }),
  });
}
