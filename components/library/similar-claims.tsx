"use client";
/**
 * "Checked before": the team's earlier claims worded like this one, from other articles, each with its verdict, and
 * the articles where this claim already appears. A reviewer links a suggestion as the same claim, then may copy its
 * verdict and sources after confirming exactly what will change.
 */
import { useParams } from "next/navigation";
import { useEffect, useState } from "react";
import { copyVerdictAction, linkClaimsAction, unlinkClaimsAction } from "@/app/(app)/articles/[articleId]/library-actions";
import { claimReadUrl, fetchJson } from "@/components/collab/fetch-json";
import { RELATION_LABELS, STATUS_META } from "@/components/review/status-meta";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { useCollabAction } from "@/components/collab/use-collab-action";
import type { ActionResult } from "@/lib/actions/result";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { ClaimAppearance } from "@/lib/library/list-claim-appearances";
import type { SimilarClaim } from "@/lib/library/find-similar-claims";

export type SimilarClaimsProps = {
  /** The open claim. */
  claimId: string;
  /** Its revision as the panel shows it: a copy is refused if the claim changed since. */
  revision: number;
  /** Whether the viewer may link claims and copy verdicts (the claim:write permission). */
  canWrite: boolean;
  /** The claim after a copy, or as it is now when the copy was refused because it had changed: show this one. */
  onCopied: (claim: ClaimView) => void;
};

type Loaded = { suggestions: SimilarClaim[]; appearances: ClaimAppearance[] };

function StatusPill({ status }: { status: ClaimStatus }) {
  return (
    <span className={`status-pill status-pill--${status.toLowerCase()}`}>
      <span aria-hidden="true">{STATUS_META[status].symbol}</span>
      {STATUS_META[status].label}
    </span>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function SimilarClaims({ claimId, revision, canWrite, onCopied }: SimilarClaimsProps) {
  const { articleId } = useParams<{ articleId: string }>();
  const [copying, setCopying] = useState<SimilarClaim | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = `${claimId}:${revision}:${attempt}`;
  const [state, setState] = useState<{ key: string; claimId: string; loaded: Loaded | null; error: string | null } | null>(null);

  useEffect(() => {
    // Opening the next claim drops this request rather than letting it hold one of the browser's connections.
    const request = new AbortController();
    void fetchJson<Loaded>(claimReadUrl(articleId, claimId, "library"), request.signal).then((result) => {
      if (request.signal.aborted) return;
      setState(result.ok ? { key, claimId, loaded: result.data, error: null } : { key, claimId, loaded: null, error: result.message });
    });
    return () => request.abort();
  }, [articleId, key, claimId]);
  // While a newer load runs (after a link, a copy or a new revision), the claim's previous lists stay on screen.
  const error = state?.key === key ? state.error : null;
  const loaded = state?.claimId === claimId ? state.loaded : null;

  const action = useCollabAction(onCopied);
  const busy = action.busy;
  /** A link, unlink or copy: the shared busy flag and toasts, then the lists load again. */
  async function run<T>(call: () => Promise<ActionResult<T>>, success: string): Promise<T | null> {
    const data = await action.run(call, success);
    if (data !== null) setAttempt((n) => n + 1);
    return data;
  }

  const link = (other: SimilarClaim) => run(() => linkClaimsAction({ claimId, linkedClaimId: other.claimId }), "Linked as the same claim.");
  const unlink = (otherId: string) => run(() => unlinkClaimsAction({ claimId, linkedClaimId: otherId }), "Link removed.");

  return (
    <section aria-labelledby={`similar-${claimId}`} className="similar-claims">
      <h3 id={`similar-${claimId}`} className="detail-heading">
        Checked before
      </h3>
      {error ? (
        <div className="form-error" role="alert">
          <p className="small">Similar claims could not be loaded: {error}</p>
          <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      ) : !loaded ? (
        <p className="muted small" role="status">
          Looking for similar claims in your team&apos;s other articles…
        </p>
      ) : (
        <>
          {loaded.suggestions.length === 0 ? (
            <p className="muted small">No similar claims in your team&apos;s earlier articles.</p>
          ) : (
            <ul className="claim-list">
              {loaded.suggestions.map((s) => (
                <li key={s.claimId} className="claim-row">
                  <a className="claim-row__quote" href={`/articles/${s.articleId}?claim=${s.claimId}`}>
                    “{s.exact.length > 220 ? `${s.exact.slice(0, 219)}…` : s.exact}”
                  </a>
                  <div className="claim-row__meta small">
                    <StatusPill status={s.status} />
                    <span>in {s.articleTitle}</span>
                    <span>{plural(s.sources.length, "source")}</span>
                    <span title={`Wording ${Math.round(s.wording * 100)}%, shared words ${Math.round(s.words * 100)}%`}>{Math.round(s.score * 100)}% alike</span>
                  </div>
                  {s.noteExcerpt && <p className="claim-row__note small">{s.noteExcerpt}</p>}
                  {canWrite && (
                    <div className="button-row">
                      {s.linked ? (
                        <button type="button" className="button button--small" disabled={busy} onClick={() => setCopying(s)}>
                          Copy verdict and sources…
                        </button>
                      ) : (
                        <button type="button" className="button button--small" disabled={busy} onClick={() => void link(s)}>
                          Link as the same claim
                        </button>
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3 className="detail-heading">Appears in</h3>
          {loaded.appearances.length === 0 ? (
            <p className="muted small">Not linked to a claim in another article yet.</p>
          ) : (
            <ul className="source-list">
              {loaded.appearances.map((a) => (
                <li key={a.claimId}>
                  <StatusPill status={a.status} />
                  <a href={a.href}>{a.articleTitle}</a>
                  {!a.linkedDirectly && <span className="muted small">(through another link)</span>}
                  {canWrite && a.linkedDirectly && (
                    <button type="button" className="button button--small button--ghost" disabled={busy} onClick={() => void unlink(a.claimId)}>
                      Unlink
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {copying && (
        <CopyDialog
          from={copying}
          busy={busy}
          onClose={() => setCopying(null)}
          onConfirm={async (copy) => {
            const result = await run(
              () => copyVerdictAction({ claimId, revision, fromClaimId: copying.claimId, copy }),
              "Verdict copied to this claim.",
            );
            if (result) {
              setCopying(null);
              onCopied(result.claim);
            }
          }}
        />
      )}
    </section>
  );
}

type Parts = { status: boolean; sources: boolean; note: boolean };

/** Says exactly what the copy will change, with a box for each part; the note is only copied when asked for. */
function CopyDialog(props: { from: SimilarClaim; busy: boolean; onClose: () => void; onConfirm: (copy: Parts) => void }) {
  const { from } = props;
  const canStatus = from.status !== "UNREVIEWED";
  const [parts, setParts] = useState<Parts>({ status: canStatus, sources: from.sources.length > 0, note: false });
  const toggle = (part: keyof Parts) => setParts((p) => ({ ...p, [part]: !p[part] }));
  const nothing = !parts.status && !parts.sources && !parts.note;
  return (
    <ConfirmDialog
      title="Copy the verdict?"
      confirmLabel="Copy to this claim"
      busy={props.busy}
      onClose={props.onClose}
      onConfirm={() => !nothing && props.onConfirm(parts)}
    >
      <p className="small">From the same claim in “{from.articleTitle}”. Each change is written to this claim&apos;s history.</p>
      <ul className="report-list">
        <li>
          <label className="check">
            <input type="checkbox" checked={parts.status} disabled={!canStatus} onChange={() => toggle("status")} />
            {canStatus ? (
              <span>
                Set the status to <StatusPill status={from.status} />
              </span>
            ) : (
              <span className="muted">No status to copy: that claim is not reviewed yet.</span>
            )}
          </label>
        </li>
        <li>
          <label className="check">
            <input type="checkbox" checked={parts.sources} disabled={from.sources.length === 0} onChange={() => toggle("sources")} />
            <span>{from.sources.length === 0 ? "No sources to copy." : `Add its ${plural(from.sources.length, "source")} (any already on this claim are skipped):`}</span>
          </label>
          {from.sources.length > 0 && (
            <ul className="small">
              {from.sources.map((s, i) => (
                <li key={i}>
                  {RELATION_LABELS[s.relation]}: {s.title ? `${s.title} — ` : ""}
                  <span className="muted">{s.url}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <label className="check">
            <input type="checkbox" checked={parts.note} disabled={!from.noteExcerpt} onChange={() => toggle("note")} />
            <span>{from.noteExcerpt ? "Replace this claim's note with its note:" : "No note to copy."}</span>
          </label>
          {from.noteExcerpt && <p className="small muted">{from.noteExcerpt}</p>}
        </li>
      </ul>
      {nothing && (
        <p className="small" role="status">
          Tick at least one thing to copy.
        </p>
      )}
    </ConfirmDialog>
  );
}
