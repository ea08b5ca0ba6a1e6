"use client";
import { useParams } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { addCommentAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import type { CommentView } from "@/lib/comments/comment-view";
import { MENTION_HINT, mentionText } from "@/lib/comments/mention-syntax";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/schemas";
import { CommentBody } from "./comment-body";
import { claimReadUrl, fetchJson } from "./fetch-json";
import { formatWhen, personName } from "./format";
import type { CollabClaimProps } from "./types";
import { useCollabAction } from "./use-collab-action";
import "./collab.css";

export type CommentThreadProps = Pick<CollabClaimProps, "claim" | "members" | "canWrite"> & {
  /** Change it (e.g. to Date.now()) to reload the thread, for instance when a live update says the claim was discussed. */
  refreshSignal?: number;
  /** Told of each comment this user sends, e.g. to reload the claim's history, which shows comments too. */
  onCommented?: (comment: CommentView) => void;
};

/** The claim's discussion: comments oldest first, and a box to add one (Ctrl+Enter sends). */
export function CommentThread({ claim, members, canWrite, refreshSignal = 0, onCommented }: CommentThreadProps) {
  const boxId = useId();
  const hintId = useId();
  const mentionId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const { articleId } = useParams<{ articleId: string }>();
  const key = `${claim.id}:${refreshSignal}`;
  const [loaded, setLoaded] = useState<{ key: string; comments: CommentView[] } | { key: string; error: string } | null>(null);
  const [draft, setDraft] = useState<{ claimId: string; text: string }>({ claimId: claim.id, text: "" });
  const { busy, run } = useCollabAction();
  const text = draft.claimId === claim.id ? draft.text : "";
  const tooLong = text.length > COMMENT_MAX_LENGTH;

  useEffect(() => {
    // Opening the next claim drops this request rather than letting it hold one of the browser's connections.
    const request = new AbortController();
    void fetchJson<CommentView[]>(claimReadUrl(articleId, claim.id, "comments"), request.signal).then((result) => {
      if (!request.signal.aborted) setLoaded(result.ok ? { key, comments: result.data } : { key, error: result.message });
    });
    return () => request.abort();
  }, [articleId, claim.id, key]);

  const current = loaded && loaded.key.startsWith(`${claim.id}:`) ? loaded : null;
  const comments = current && "comments" in current ? current.comments : [];

  async function send(event?: FormEvent) {
    event?.preventDefault();
    if (busy || tooLong || text.trim() === "") return;
    const comment = await run(() => addCommentAction({ claimId: claim.id, body: text }), "Comment sent.");
    if (!comment) return;
    setDraft({ claimId: claim.id, text: "" });
    setLoaded((state) => (state && "comments" in state ? { ...state, comments: [...state.comments, comment] } : { key, comments: [comment] }));
    onCommented?.(comment);
  }

  function insertMention(memberId: string) {
    const member = members.find((m) => m.id === memberId);
    const mention = member && mentionText(member);
    const box = textarea.current;
    if (!mention || !box) return;
    const start = box.selectionStart ?? text.length;
    const end = box.selectionEnd ?? text.length;
    const before = text.slice(0, start);
    const spaced = `${before && !/\s$/.test(before) ? " " : ""}${mention} `;
    setDraft({ claimId: claim.id, text: before + spaced + text.slice(end) });
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(start + spaced.length, start + spaced.length);
    });
  }

  return (
    <section className="collab-thread" aria-label="Discussion">
      <h3 className="detail-heading">Discussion ({comments.length})</h3>
      {!current && <p className="muted small">Loading the discussion…</p>}
      {current && "error" in current && (
        <p className="collab-error small" role="alert">
          {current.error}
        </p>
      )}
      {current && "comments" in current && comments.length === 0 && <p className="muted small">No comments yet.</p>}
      <ol className="collab-comments">
        {comments.map((comment) => (
          <li key={comment.id} className="collab-comment">
            <p className="collab-comment__meta small">
              <strong>{personName(comment.author)}</strong>{" "}
              <time className="muted" dateTime={comment.createdAt} suppressHydrationWarning>
                {formatWhen(comment.createdAt)}
              </time>
            </p>
            <CommentBody body={comment.body} />
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form className="collab-comment-form" onSubmit={send}>
          <label htmlFor={boxId} className="collab-label">
            Add a comment
          </label>
          <textarea
            id={boxId}
            ref={textarea}
            className="collab-textarea"
            rows={3}
            value={text}
            aria-describedby={hintId}
            aria-invalid={tooLong || undefined}
            onChange={(event) => setDraft({ claimId: claim.id, text: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void send();
            }}
          />
          <p id={hintId} className="muted small">
            {MENTION_HINT}
            {text.length > COMMENT_MAX_LENGTH * 0.9 && ` ${text.length.toLocaleString("en-GB")}/${COMMENT_MAX_LENGTH.toLocaleString("en-GB")} characters.`}
          </p>
          <div className="collab-row collab-row--between">
            <span className="collab-row">
              <label htmlFor={mentionId} className="visually-hidden">
                Mention a teammate
              </label>
              <select id={mentionId} className="collab-select" value="" onChange={(event) => insertMention(event.target.value)} disabled={busy}>
                <option value="">Mention…</option>
                {members
                  .filter((member) => mentionText(member))
                  .map((member) => (
                    <option key={member.id} value={member.id}>
                      {member.name}
                    </option>
                  ))}
              </select>
            </span>
            <button type="submit" className="button button--small button--primary" disabled={busy || tooLong || text.trim() === ""}>
              Send comment
            </button>
          </div>
        </form>
      ) : (
        <p className="muted small">Reviewers, editors and owners can join the discussion.</p>
      )}
    </section>
  );
}
