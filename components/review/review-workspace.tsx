"use client";
import { Activity, useEffect, useMemo, useRef, useState, useTransition } from "react";
import {
  addSourceAction,
  createClaimAction,
  deleteClaimAction,
  leaveClaimOrphanedAction,
  reattachClaimAction,
  removeSourceAction,
  restoreClaimAction,
  setClaimStatusAction,
  updateClaimNoteAction,
} from "@/app/(app)/articles/[articleId]/actions";
import { ArticleViewer, type ArticleViewerControls } from "@/components/editor/article-viewer";
import { PresenceBar } from "@/components/live/presence-bar";
import type { LiveVersionNotice } from "@/components/live/use-live-article";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/result";
import type { DocNode } from "@/lib/articles/doc-text";
import type { UnplacedClaim } from "@/lib/articles/get-article-for-review";
import type { ClaimView } from "@/lib/claims/claim-view";
import { unpackClaimViews, type PackedClaimViews } from "@/lib/claims/pack-claim-views";
import type { NoteDoc } from "@/lib/notes";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import { ClaimDetail } from "./claim-detail";
import { applyFilters, type Filters } from "./claim-filters";
import { ClaimsTab } from "./claims-tab";
import { ClaimPlacement } from "./claim-placement";
import { ConflictDialog, mergeNotes, type MyChange } from "./conflict-dialog";
import { NewerVersionNotice } from "./newer-version-notice";
import { findClaim, upsertClaim, type ClaimsState } from "./claims-state";
import { OpenClaimCollab } from "./open-claim-collab";
import { SelectionToolbar } from "./selection-toolbar";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { STATUSES, STATUS_META } from "./status-meta";
import { SuggestionsPanel } from "./suggestions-panel";
import { useLiveClaims } from "./use-live-claims";
import { useReviewKeys } from "./use-review-keys";
import { useShowSuggestions } from "./use-show-suggestions";
import { useSuggestions } from "./use-suggestions";

export type ReviewWorkspaceProps = {
  articleId: string;
  versionId: string;
  versionNumber: number;
  doc: DocNode;
  /** The version's claims in document order, packed: thousands of them travel in half the bytes. */
  claims: PackedClaimViews;
  unplacedClaims: UnplacedClaim[];
  deletedClaims: ClaimView[];
  members: { id: string; name: string | null }[];
  canWrite: boolean;
  canDelete: boolean;
  canApprove: boolean;
  /** The scorer's open suggestions for this version, in document order. */
  suggestions: SuggestionView[];
  /** Open this claim on arrival (from a link such as the revision review), and start choosing its words if asked. */
  initialClaimId?: string;
  initialMove?: boolean;
};

/** The article page's review loop: the article with its highlights, and the claims panel beside it. */
type PendingCreate = { status: ClaimView["status"] | null };

export function ReviewWorkspace(props: ReviewWorkspaceProps) {
  const toast = useToast();
  const [state, setState] = useState<ClaimsState>(() => ({
    versionId: props.versionId,
    live: unpackClaimViews(props.claims),
    unplaced: props.unplacedClaims,
    deleted: props.deletedClaims,
  }));
  const [activeId, setActiveId] = useState<string | null>(props.initialClaimId ?? null);
  // The highlight answers the review keys at once (drawn directly); the panel for the claim (a note editor, its
  // history) renders as a transition behind it, so it never holds the frame that shows the key's effect.
  const viewer = useRef<ArticleViewerControls>(null);
  const [, startPanelTransition] = useTransition();
  // The claim the keys last chose, ahead of the panel's render: J pressed twice quickly moves two claims on.
  const latestActiveId = useRef(activeId);
  // A claim being created: a status key pressed before it exists is kept here and given to it once it does.
  const pendingCreate = useRef<PendingCreate | null>(null);
  useEffect(() => {
    latestActiveId.current = activeId;
  }, [activeId]);
  const [filters, setFilters] = useState<Filters>({ statuses: new Set(), assigneeId: "any" });
  const [selection, setSelection] = useState<{ range: { start: number; end: number }; at: { top: number; left: number } } | null>(null);
  const articleBox = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<{ id: string; nonce: number } | undefined>();
  const [focusNote, setFocusNote] = useState(0);
  const [focusSource, setFocusSource] = useState(0);
  const [help, setHelp] = useState(false);
  const [conflict, setConflict] = useState<{ current: ClaimView; mine: MyChange } | null>(null);
  // Bumped when a note conflict is settled, so the claim panel drops the draft it was holding.
  const [detailEpoch, setDetailEpoch] = useState(0);
  // The claim whose words are being chosen again: the next selection offers "Move claim here" instead of "New claim".
  const [movingId, setMovingId] = useState<string | null>(props.initialMove ? (props.initialClaimId ?? null) : null);
  // The claim just closed: the list comes back scrolled to its row, with focus on it.
  const [listReturn, setListReturn] = useState<{ key: string; nonce: number } | null>(null);

  // Bumped when a teammate changes the open claim (or this tab comments), so its thread and history reload.
  const [collabSignal, setCollabSignal] = useState(0);
  // A version newer than the one shown, once the live stream tells of it (a teammate's import, or on reconnecting).
  const [newerVersion, setNewerVersion] = useState<LiveVersionNotice | null>(null);
  const live = useLiveClaims({
    articleId: props.articleId,
    openClaimId: activeId,
    setState,
    onTouched: (id) => id === activeId && setCollabSignal(Date.now()),
    onVersion: (version) => {
      if (version.number > props.versionNumber) setNewerVersion((known) => (known && known.number > version.number ? known : version));
    },
  });

  const visible = useMemo(() => applyFilters(state.live, filters), [state.live, filters]);
  const [panelTab, setPanelTab] = useState<"claims" | "suggested">("claims");
  const [showSuggestions, setShowSuggestions] = useShowSuggestions();
  const suggestions = useSuggestions({
    initial: props.suggestions,
    claims: state.live,
    onAccepted: (claim) => setState((s) => upsertClaim(s, claim)),
    onOpenClaim: (id) => open(id),
  });
  const activeSuggestion = suggestions.active;
  // Hidden from the text, the suggestion being looked at is still drawn, so the reviewer sees which words it means.
  const suggestionMarks = useMemo(
    () => (showSuggestions ? suggestions.marks : suggestions.marks.filter((m) => m.id === activeSuggestion?.id)),
    [showSuggestions, suggestions.marks, activeSuggestion?.id],
  );
  // Verdicts chosen but not yet stored: the article's highlight shows them at once (a key press must answer within a
  // frame), while the claim itself, as the panel and list show it, changes only once the server has saved it.
  const [pendingStatus, setPendingStatus] = useState<ReadonlyMap<string, ClaimView["status"]>>(() => new Map());
  const highlights = useMemo(
    () => state.live.map(({ id, start, end, status }) => ({ id, start, end, status: pendingStatus.get(id) ?? status })),
    [state.live, pendingStatus],
  );
  const active = findClaim(state, activeId);
  const activePlaced = !!active && active.versionId === props.versionId;
  const moving = !!active && movingId === active.id;
  const canEditActive = props.canWrite && !active?.approvedAt;

  async function run(call: Promise<ActionResult<ClaimView>>, success?: string, mine?: MyChange): Promise<ClaimView | null> {
    setBusy(true);
    try {
      const result = await call;
      if (!result.ok) {
        const current = (result.details as { current?: ClaimView } | undefined)?.current;
        if (current) setState((s) => upsertClaim(s, current));
        // A teammate saved first: show both versions and let the person choose, rather than a bare error.
        if (current && mine && result.code === "CONFLICT") setConflict({ current, mine });
        else toast.show(result.message, { kind: "error" });
        return null;
      }
      setState((s) => upsertClaim(s, result.data));
      if (success) toast.show(success);
      return result.data;
    } catch {
      toast.show("Factdesk could not reach the server, so this change was not saved. Check your connection and try again.", { kind: "error" });
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function saveStatus(claim: ClaimView, status: ClaimView["status"]) {
    if (claim.versionId === props.versionId) viewer.current?.showStatus({ id: claim.id, start: claim.start, end: claim.end, status });
    startPanelTransition(() => setPendingStatus((pending) => new Map(pending).set(claim.id, status)));
    try {
      return await run(setClaimStatusAction({ claimId: claim.id, revision: claim.revision, status }), `Marked ${STATUS_META[status].label.toLowerCase()}.`, {
        kind: "status",
        status,
      });
    } finally {
      // Saved or refused, the claim in state now says what is stored; a later choice for it may be pending still.
      setPendingStatus((pending) => {
        if (pending.get(claim.id) !== status) return pending;
        const next = new Map(pending);
        next.delete(claim.id);
        return next;
      });
    }
  }

  function saveNote(claim: ClaimView, note: NoteDoc) {
    return run(updateClaimNoteAction({ claimId: claim.id, revision: claim.revision, note }), "Note saved.", { kind: "note", note });
  }

  async function resolveConflict(choice: "theirs" | "mine" | "merge") {
    if (!conflict) return;
    const { current, mine } = conflict;
    setConflict(null);
    if (choice === "theirs") {
      if (mine.kind === "note") setDetailEpoch((n) => n + 1);
      return toast.show(`Kept ${current.updatedBy.name ?? "your teammate"}'s version.`);
    }
    if (mine.kind === "status") return void saveStatus(current, mine.status);
    const note = choice === "merge" ? mergeNotes(current.note, mine.note) : mine.note;
    if (await saveNote(current, note)) setDetailEpoch((n) => n + 1);
  }

  /** Makes `id` the active claim now for the keys and the highlight; the panel follows with the state update. */
  function markActive(id: string | null) {
    latestActiveId.current = id;
    viewer.current?.showActive(id);
  }

  function open(id: string | null) {
    markActive(id);
    startPanelTransition(() => {
      setListReturn(null);
      setActiveId(id);
      setMovingId(null);
      if (id) setFlash({ id, nonce: Date.now() });
    });
  }

  /** Looks at one suggestion (from the text, the list or the keyboard): the claim closes and the Suggested tab shows. */
  function selectSuggestion(id: string | null) {
    if (id) {
      markActive(null);
      setActiveId(null);
      setMovingId(null);
      setPanelTab("suggested");
    }
    suggestions.setActiveId(id);
  }

  function closeClaim() {
    const closing = latestActiveId.current;
    setListReturn(closing ? { key: closing, nonce: Date.now() } : null);
    markActive(null);
    setActiveId(null);
  }

  function clearSelection() {
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  }

  async function moveTo(range: { start: number; end: number }, reason: "selected" | "accepted-suggestion") {
    if (!active || !props.canWrite) return;
    const claim = await run(reattachClaimAction({ claimId: active.id, revision: active.revision, ...range, reason }), "Claim moved to the new words.");
    clearSelection();
    if (claim) {
      setMovingId(null);
      setFlash({ id: claim.id, nonce: Date.now() });
    }
  }

  function onSelectionAction() {
    if (!selection) return;
    if (moving) void moveTo(selection.range, "selected");
    else void createFromSelection();
  }

  function step(delta: number) {
    if (visible.length === 0) return;
    const index = visible.findIndex((claim) => claim.id === latestActiveId.current);
    const nextIndex = index === -1 ? (delta > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, index + delta));
    open(visible[nextIndex].id);
  }

  async function createFromSelection() {
    if (!selection || !props.canWrite) return;
    const creating: PendingCreate = { status: null };
    pendingCreate.current = creating;
    try {
      const claim = await run(createClaimAction({ articleId: props.articleId, versionId: props.versionId, ...selection.range }), "Claim created. Set its status with keys 1–4.");
      clearSelection();
      if (!claim) return;
      open(claim.id);
      if (creating.status) void saveStatus(claim, creating.status);
    } finally {
      if (pendingCreate.current === creating) pendingCreate.current = null;
    }
  }

  async function remove(claim: ClaimView) {
    const deleted = await run(deleteClaimAction({ claimId: claim.id }));
    if (!deleted) return;
    setListReturn(null);
    markActive(null);
    setActiveId(null);
    toast.show("Claim deleted.", { action: { label: "Undo", run: () => void run(restoreClaimAction({ claimId: claim.id }), "Claim restored.") } });
  }

  const onSuggestionsTab = !active && panelTab === "suggested";
  // The claim the last J/K (or click) chose, even if its panel has not rendered yet: "J then 2" marks the new claim.
  const chosen = () => findClaim(state, latestActiveId.current);
  const chosenEditable = () => {
    const claim = chosen();
    return claim && props.canWrite && !claim.approvedAt ? claim : null;
  };
  useReviewKeys({
    next: () => (onSuggestionsTab ? selectSuggestion(suggestions.step(1)) : step(1)),
    previous: () => (onSuggestionsTab ? selectSuggestion(suggestions.step(-1)) : step(-1)),
    accept: () => onSuggestionsTab && activeSuggestion && props.canWrite && !suggestions.busy && void suggestions.accept(activeSuggestion),
    dismiss: () => onSuggestionsTab && activeSuggestion && props.canWrite && !suggestions.busy && void suggestions.dismiss(activeSuggestion),
    status: (index) => {
      // N then 2 typed at once: the 2 is for the claim being made, not the one open before; it is given on arrival.
      if (pendingCreate.current) return void (pendingCreate.current.status = STATUSES[index]);
      const claim = chosenEditable();
      if (claim) void saveStatus(claim, STATUSES[index]);
    },
    // Focusing a field needs the claim's panel on screen: these wait for it, as before.
    note: () => active && setFocusNote(Date.now()),
    source: () => active && setFocusSource(Date.now()),
    remove: () => {
      const claim = chosen();
      if (claim && props.canDelete) void remove(claim);
    },
    create: () => onSelectionAction(),
    move: () => {
      const claim = chosenEditable();
      if (claim) setMovingId(claim.id);
    },
    close: () => (help ? setHelp(false) : moving ? setMovingId(null) : activeSuggestion && !active ? suggestions.setActiveId(null) : closeClaim()),
    help: () => setHelp(true),
  });

  return (
    <div className="review-layout">
      <div className="review-article" data-article-viewer ref={articleBox}>
        {newerVersion && <NewerVersionNotice version={newerVersion} shownNumber={props.versionNumber} />}
        <ArticleViewer
          controls={viewer}
          doc={props.doc}
          claims={highlights}
          activeClaimId={activeId}
          flashRequest={flash}
          onClaimClick={(id) => {
            suggestions.setActiveId(null);
            open(id);
          }}
          suggestions={suggestionMarks}
          activeSuggestionId={active ? null : (activeSuggestion?.id ?? null)}
          onSuggestionClick={(id) => selectSuggestion(id)}
          onSelectText={(range, rect) => {
            const box = articleBox.current?.getBoundingClientRect();
            setSelection(range && rect && box ? { range, at: { top: rect.top - box.top, left: rect.left - box.left + rect.width / 2 } } : null);
          }}
        />
        {selection && props.canWrite && (
          <SelectionToolbar at={selection.at} busy={busy} label={moving ? "Move claim here" : "New claim"} onAction={onSelectionAction} />
        )}
      </div>
      <aside className="review-panel" aria-label="Claims panel">
        <PresenceBar
          status={live.status}
          peers={live.peers}
          describeClaim={(id) => {
            const index = state.live.findIndex((claim) => claim.id === id);
            return index >= 0 ? `claim ${index + 1}` : null;
          }}
        />
        {active && (
          <>
          <ClaimPlacement
            claim={active}
            versionNumber={props.versionNumber}
            placed={activePlaced}
            moving={moving}
            canWrite={canEditActive}
            busy={busy}
            onChooseWords={() => setMovingId(active.id)}
            onCancelMove={() => setMovingId(null)}
            onAcceptSuggestion={() => {
              const suggestion = "suggestion" in active ? active.suggestion : null;
              if (suggestion) void moveTo(suggestion, "accepted-suggestion");
            }}
            onLeaveOrphaned={() => void run(leaveClaimOrphanedAction({ claimId: active.id, revision: active.revision }), "Left orphaned. The claim keeps its verdict, note and sources.")}
          />
          <ClaimDetail
            key={`${active.id}:${detailEpoch}`}
            claim={active}
            canWrite={canEditActive}
            canDelete={props.canDelete && !active.approvedAt}
            busy={busy}
            focusNote={focusNote}
            focusSource={focusSource}
            onClose={closeClaim}
            pendingStatus={pendingStatus.get(active.id) ?? null}
            onStatus={(status) => void saveStatus(active, status)}
            onSaveNote={async (note, baseRevision) => !!(await saveNote({ ...active, revision: baseRevision }, note))}
            onAddSource={async (source) => !!(await run(addSourceAction({ claimId: active.id, ...source }), "Source added."))}
            onRemoveSource={(sourceId) => void run(removeSourceAction({ sourceId }), "Source removed.")}
            onDelete={() => void remove(active)}
          />
          <OpenClaimCollab
            claim={active}
            members={props.members}
            canWrite={props.canWrite}
            canApprove={props.canApprove}
            onClaimChanged={(claim) => setState((s) => upsertClaim(s, claim))}
            signal={collabSignal}
            onCommented={() => setCollabSignal(Date.now())}
          />
          </>
        )}
        {/* Kept rendered, hidden, while a claim is open: Esc then only shows it again, with its rows measured and its
            place kept, instead of building the tabs and the list of 2,000 claims from nothing (issue 8). */}
        <Activity mode={active ? "hidden" : "visible"}>
          <div role="tablist" aria-label="Claims or suggestions" className="tabs panel-tabs">
            <button type="button" role="tab" id="tab-claims" aria-controls="panel-claims" aria-selected={panelTab === "claims"} className="tab" onClick={() => setPanelTab("claims")}>
              Claims ({state.live.length})
            </button>
            <button type="button" role="tab" id="tab-suggested" aria-controls="panel-suggested" aria-selected={panelTab === "suggested"} className="tab" onClick={() => setPanelTab("suggested")}>
              Suggested ({suggestions.offered.length})
            </button>
          </div>
          {panelTab === "suggested" ? (
            <div role="tabpanel" id="panel-suggested" aria-labelledby="tab-suggested">
              <SuggestionsPanel
                ranked={suggestions.ranked}
                active={activeSuggestion}
                canWrite={props.canWrite}
                busy={suggestions.busy}
                showInText={showSuggestions}
                onShowInText={setShowSuggestions}
                onSelect={(id) => selectSuggestion(id)}
                onAccept={(s) => void suggestions.accept(s)}
                onDismiss={(s) => void suggestions.dismiss(s)}
              />
            </div>
          ) : (
            <div role="tabpanel" id="panel-claims" aria-labelledby="tab-claims">
              <ClaimsTab
                articleId={props.articleId}
                state={state}
                visible={visible}
                filters={filters}
                onFilters={setFilters}
                members={props.members}
                activeId={activeId}
                listReturn={listReturn}
                canWrite={props.canWrite}
                canDelete={props.canDelete}
                collabSignal={collabSignal}
                onOpen={open}
                onRestore={(id) => void run(restoreClaimAction({ claimId: id }), "Claim restored.")}
                onClaimsChanged={(claims) => setState((s) => claims.reduce(upsertClaim, s))}
                onHelp={() => setHelp(true)}
              />
            </div>
          )}
        </Activity>
      </aside>
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
      {conflict && (
        <ConflictDialog
          current={conflict.current}
          mine={conflict.mine}
          busy={busy}
          onKeepTheirs={() => void resolveConflict("theirs")}
          onApplyMine={() => void resolveConflict("mine")}
          onMergeNotes={() => void resolveConflict("merge")}
        />
      )}
    </div>
  );
}
