"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useImperativeHandle, useRef, type Ref } from "react";
import type { Node as PMNode } from "@tiptap/pm/model";
import { docToText, type DocNode } from "@/lib/articles/doc-text";
import { ClaimHighlights, docTextOf } from "./claim-highlights";
import type { ClaimHighlight } from "./claim-types";
import { diffClaims } from "./diff-claims";
import { revealSuggestion, SuggestionHighlights, type SuggestionMark } from "./suggestion-highlights";
import { useTextSelection, type SelectTextHandler } from "./use-text-selection";

/**
 * Direct drawing for the review loop's keys: the highlight answers a key press in the same frame, while React
 * renders the panel that goes with it afterwards. The props still say what is drawn; the next render agrees.
 */
export type ArticleViewerControls = {
  showActive(id: string | null): void;
  showStatus(claim: ClaimHighlight): void;
};

export type ArticleViewerProps = {
  controls?: Ref<ArticleViewerControls>;
  doc: DocNode;
  claims: ClaimHighlight[];
  activeClaimId: string | null;
  onClaimClick(id: string): void;
  /** The selected plain-text range and its screen rectangle, or nulls once nothing is selected. */
  onSelectText: SelectTextHandler;
  /** Scroll to and flash a claim; a new `nonce` flashes the same claim again. */
  flashRequest?: { id: string; nonce: number };
  /** Ids of claims whose offsets do not fit this document's text (so they are not drawn). */
  onUnplaceable?(ids: string[]): void;
  /** Suggested claims, drawn as dashed underlines; the active one is labelled "Suggested" and scrolled into view. */
  suggestions?: readonly SuggestionMark[];
  activeSuggestionId?: string | null;
  onSuggestionClick?(id: string): void;
};

const NO_SUGGESTIONS: readonly SuggestionMark[] = [];

// Past this many changed claims one full redraw is cheaper than that many single-claim updates.
const BULK_CHANGE = 200;

// Built once: new extension objects on every render would make Tiptap reconfigure the editor each time.
const extensions = [
  // Nothing is typed here, so undo history, drop and gap cursors and the trailing empty paragraph are not needed.
  StarterKit.configure({ link: { openOnClick: false }, undoRedo: false, dropcursor: false, gapcursor: false, trailingNode: false }),
  ClaimHighlights,
  SuggestionHighlights,
];
const editorProps = { attributes: { role: "article", "aria-label": "Article text", class: "article-text" } };
// The editor starts empty and receives the article together with its highlights (see the drawing effect).
const EMPTY_DOC: DocNode = { type: "doc", content: [{ type: "paragraph" }] };

// Claim offsets point into docToText of the stored document. If the editor's schema dropped or changed a node,
// the text differs and every later highlight would be shifted: say so loudly in development.
function warnIfTextDiffers(stored: DocNode, shown: PMNode): void {
  if (process.env.NODE_ENV === "production") return;
  if (docToText(stored).text !== docTextOf(shown).text) {
    console.warn("ArticleViewer: the editor changed the article's text while loading it; claim highlights may be misplaced.");
  }
}

type Drawn = { editor: object; doc: DocNode; docJson: string; claims: readonly ClaimHighlight[] };

/** The read-only article with its claims highlighted; selecting text offers a new claim. */
export function ArticleViewer(props: ArticleViewerProps) {
  const { doc, claims, activeClaimId, onClaimClick, onSelectText, flashRequest, onUnplaceable, onSuggestionClick } = props;
  const suggestions = props.suggestions ?? NO_SUGGESTIONS;
  const activeSuggestionId = props.activeSuggestionId ?? null;
  const editor = useEditor({
    immediatelyRender: false, // server render has no DOM; the editor mounts on the client
    editable: false,
    content: EMPTY_DOC,
    extensions,
    editorProps,
  });

  // The editor is built once; callbacks reach the current props through its events rather than options.
  // Declared before the drawing effect so the listeners exist when the first claims are drawn.
  useEffect(() => {
    if (!editor) return;
    const click = ({ id }: { id: string }) => onClaimClick(id);
    const unplaceable = ({ ids }: { ids: string[] }) => onUnplaceable?.(ids);
    const suggestionClick = ({ id }: { id: string }) => onSuggestionClick?.(id);
    editor.on("claimClick", click);
    editor.on("claimsUnplaceable", unplaceable);
    editor.on("suggestionClick", suggestionClick);
    return () => {
      editor.off("claimClick", click);
      editor.off("claimsUnplaceable", unplaceable);
      editor.off("suggestionClick", suggestionClick);
    };
  }, [editor, onClaimClick, onUnplaceable, onSuggestionClick]);

  const drawn = useRef<Drawn | null>(null);
  useEffect(() => {
    if (!editor) return;
    const previous = drawn.current?.editor === editor ? drawn.current : null;
    // A server refresh hands over an equal document as a new object: only a real change replaces the content.
    const docJson = previous?.doc === doc ? previous.docJson : JSON.stringify(doc);
    const newDoc = !!previous && previous.docJson !== docJson;
    drawn.current = { editor, doc, docJson, claims };
    if (!previous || newDoc) {
      // The article and its highlights in one transaction, so ProseMirror renders a long article once. Given as
      // `content` to the editor, it would be drawn plain first and again when the claims arrive: on 20,000 words
      // with 2,000 claims the plain pass was about 60 ms of main-thread time. A new document drops the old
      // decorations anyway.
      editor.chain().setContent(doc, { emitUpdate: false }).setClaims(claims).run();
      warnIfTextDiffers(doc, editor.state.doc);
      return;
    }
    if (previous.claims === claims) return;
    const { upserts, removals } = diffClaims(previous.claims, claims);
    if (upserts.length + removals.length > BULK_CHANGE) {
      editor.commands.setClaims(claims);
      return;
    }
    if (upserts.length + removals.length === 0) return;
    let chain = editor.chain();
    for (const id of removals) chain = chain.removeClaim(id);
    for (const claim of upserts) chain = chain.upsertClaim(claim);
    chain.run();
  }, [editor, doc, claims]);

  useEffect(() => {
    editor?.commands.setActiveClaim(activeClaimId);
  }, [editor, activeClaimId]);

  // After the drawing effect: a new document drops every decoration, suggestions included, so they are drawn again.
  useEffect(() => {
    editor?.chain().setSuggestions(suggestions).setActiveSuggestion(activeSuggestionId).run();
  }, [editor, doc, suggestions, activeSuggestionId]);

  useEffect(() => {
    if (editor && activeSuggestionId) revealSuggestion(editor, activeSuggestionId);
  }, [editor, activeSuggestionId]);

  const flashId = flashRequest?.id;
  const flashNonce = flashRequest?.nonce;
  useEffect(() => {
    if (editor && flashId !== undefined) editor.commands.flashClaim(flashId);
  }, [editor, flashId, flashNonce]);

  useImperativeHandle(
    props.controls,
    () => ({
      showActive: (id) => editor?.commands.setActiveClaim(id),
      showStatus: (claim) => editor?.commands.upsertClaim(claim),
    }),
    [editor],
  );

  useTextSelection(editor, onSelectText);

  return <EditorContent editor={editor} className="article-viewer" />;
}
