"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { acceptSuggestionAction, dismissSuggestionAction, restoreSuggestionAction } from "@/app/(app)/articles/[articleId]/suggestion-actions";
import type { SuggestionMark } from "@/components/editor/suggestion-highlights";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/result";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import { byScore, nextAfter, withoutClaimed } from "./suggestions-state";

const OFFLINE = "Factdesk could not reach the server, so nothing changed. Check your connection and try again.";

type Options = {
  initial: SuggestionView[];
  /** The page's live claims: a suggestion whose words became a claim (by any route) is no longer offered. */
  claims: readonly { start: number; end: number }[];
  onAccepted(claim: ClaimView): void;
  onOpenClaim(id: string): void;
};

/**
 * The suggested claims of the review page: which are still offered, the one being looked at, and accepting or
 * dismissing it. Deciding one moves on to the next by score, so a reviewer can go down the list with A and X.
 */
export function useSuggestions({ initial, claims, onAccepted, onOpenClaim }: Options) {
  const toast = useToast();
  const [open, setOpen] = useState(initial);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Every status change gives a new claims array with the same spans: keep the very same list then, so the editor's
  // suggestion decorations are not rebuilt on each key press of the review loop.
  const previous = useRef<SuggestionView[]>([]);
  const offered = useMemo(() => {
    const next = withoutClaimed(open, claims);
    const same = next.length === previous.current.length && next.every((s, i) => s === previous.current[i]);
    return same ? previous.current : next;
  }, [open, claims]);
  useEffect(() => {
    previous.current = offered;
  }, [offered]);
  const ranked = useMemo(() => byScore(offered), [offered]);
  const marks = useMemo<SuggestionMark[]>(() => offered.map(({ id, start, end, hedge }) => ({ id, start, end, hedged: hedge !== null })), [offered]);
  const active = offered.find((s) => s.id === activeId) ?? null;

  /** Runs one decision; `offeredId` is the suggestion it is about while still offered here. */
  async function call<T>(request: Promise<ActionResult<T>>, offeredId?: string): Promise<T | null> {
    setBusy(true);
    try {
      const result = await request;
      if (result.ok) return result.data;
      toast.show(result.message, { kind: "error" });
      // Decided by a teammate meanwhile (or gone with a newer version): stop offering it here too.
      if (offeredId && (result.code === "CONFLICT" || result.code === "NOT_FOUND")) drop(offeredId);
      return null;
    } catch {
      toast.show(OFFLINE, { kind: "error" });
      return null;
    } finally {
      setBusy(false);
    }
  }

  function drop(id: string) {
    setActiveId((current) => (current === id ? nextAfter(ranked, id) : current));
    setOpen((list) => list.filter((s) => s.id !== id));
  }

  async function accept(suggestion: SuggestionView) {
    const result = await call(acceptSuggestionAction({ suggestionId: suggestion.id }), suggestion.id);
    if (!result) return;
    drop(suggestion.id);
    onAccepted(result.claim);
    toast.show("Claim created from the suggestion, as Unreviewed.", { action: { label: "Open claim", run: () => onOpenClaim(result.claim.id) } });
  }

  async function dismiss(suggestion: SuggestionView) {
    const result = await call(dismissSuggestionAction({ suggestionId: suggestion.id }), suggestion.id);
    if (!result) return;
    drop(suggestion.id);
    toast.show("Suggestion dismissed for the whole team.", {
      action: {
        label: "Undo",
        run: () =>
          void call(restoreSuggestionAction({ suggestionId: suggestion.id })).then((restored) => {
            if (!restored) return;
            setOpen((list) => [...list.filter((s) => s.id !== suggestion.id), suggestion].sort((a, b) => a.start - b.start));
            setActiveId(suggestion.id);
          }),
      },
    });
  }

  /** Moves through the suggestions by score (from none: the top, or the bottom going back); returns the new one's id. */
  function step(delta: number): string | null {
    if (ranked.length === 0) return null;
    const index = ranked.findIndex((s) => s.id === activeId);
    const next = index === -1 ? (delta > 0 ? 0 : ranked.length - 1) : Math.min(ranked.length - 1, Math.max(0, index + delta));
    setActiveId(ranked[next].id);
    return ranked[next].id;
  }

  return { offered, ranked, marks, active, busy, setActiveId, accept, dismiss, step };
}
