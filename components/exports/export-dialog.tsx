"use client";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { Modal } from "@/components/ui/modal";
import { STATUSES, STATUS_META } from "@/components/review/status-meta";
import { DownloadProgress } from "./download-progress";
import { formatBytes } from "./download-text";
import { EXPORT_FORMAT_LABELS, type ExportFormatName } from "./format-labels";
import { isActive, useExportDownloads } from "./use-export-downloads";

type Member = { id: string; name: string | null };

/**
 * Export choices for one article: which claims (statuses, assignee, dates, with or without notes and comments) and
 * which format. Every link is the export's stable URL, the same one scripts and the API use; a plain click downloads
 * it here with progress (a large report takes a while to prepare), a middle click or "save link as" still works.
 */
export function ExportDialog(props: { articleId: string; members: Member[]; onClose: () => void }) {
  const [statuses, setStatuses] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [notes, setNotes] = useState(true);
  const [comments, setComments] = useState(true);
  const list = useRef<HTMLUListElement>(null);
  const { downloads, start, cancel } = useExportDownloads(list);
  const [now, setNow] = useState(() => Date.now());
  const anyActive = Object.values(downloads).some(isActive);
  useEffect(() => {
    if (!anyActive) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [anyActive]);

  const query = new URLSearchParams();
  if (statuses.size > 0) query.set("status", [...statuses].map((s) => s.toLowerCase()).join(","));
  if (assignee) query.set("assignee", assignee);
  if (from) query.set("from", from);
  if (to) query.set("to", to);
  if (!notes) query.set("notes", "0");
  if (!comments) query.set("comments", "0");
  const href = (format: ExportFormatName) => `/api/articles/${props.articleId}/export?${new URLSearchParams([["format", format], ...query])}`;
  const download = (format: ExportFormatName) => (event: MouseEvent<HTMLAnchorElement>) => {
    // Modified clicks (new tab, save as) keep the browser's own handling of the link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setNow(Date.now());
    void start(format, href(format), `factdesk-export.${format}`);
  };
  const toggle = (status: string) =>
    setStatuses((all) => {
      const next = new Set(all);
      if (next.has(status)) next.delete(status);
      else next.add(status);
      return next;
    });

  return (
    <Modal title="Export the review" onClose={props.onClose}>
      <fieldset className="export-filters">
        <legend>Claims to include</legend>
        <div className="button-row" role="group" aria-label="Statuses (none ticked means all)">
          {STATUSES.map((status) => (
            <label key={status} className="check">
              <input type="checkbox" checked={statuses.has(status)} onChange={() => toggle(status)} /> {STATUS_META[status].label}
            </label>
          ))}
        </div>
        <p className="muted small">No status ticked exports every claim.</p>
        <div className="grid-2">
          <label className="field">
            <span>Assigned to</span>
            <select value={assignee} onChange={(event) => setAssignee(event.target.value)}>
              <option value="">Anyone</option>
              <option value="none">Nobody</option>
              {props.members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name ?? "Unnamed member"}
                </option>
              ))}
            </select>
          </label>
          <div className="button-row">
            <label className="field">
              <span>Changed from</span>
              <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
            </label>
            <label className="field">
              <span>to</span>
              <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
            </label>
          </div>
        </div>
        <label className="check">
          <input type="checkbox" checked={notes} onChange={(event) => setNotes(event.target.checked)} /> Include notes
        </label>{" "}
        <label className="check">
          <input type="checkbox" checked={comments} onChange={(event) => setComments(event.target.checked)} /> Include comments
        </label>
      </fieldset>
      <h3 className="detail-heading">Download</h3>
      <ul className="export-links" ref={list}>
        {(Object.keys(EXPORT_FORMAT_LABELS) as ExportFormatName[]).map((format) => {
          const { label, description } = EXPORT_FORMAT_LABELS[format];
          const state = downloads[format];
          return (
            <li key={format}>
              <a className="button button--small" href={href(format)} download onClick={download(format)} aria-busy={isActive(state) || undefined}>
                {label}
              </a>
              {isActive(state) ? (
                <DownloadProgress label={label} state={state} now={now} onCancel={() => cancel(format)} />
              ) : state?.phase === "failed" ? (
                <p className="form-error small" role="alert">
                  {label} could not be exported: {state.message}
                </p>
              ) : state?.phase === "done" ? (
                <span className="small">
                  ✓ Downloaded <strong>{state.fileName}</strong> ({formatBytes(state.size)})
                </span>
              ) : state?.phase === "cancelled" ? (
                <span className="muted small">Download cancelled.</span>
              ) : (
                <span className="muted small">{description}</span>
              )}
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
