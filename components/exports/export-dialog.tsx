"use client";
import { useState } from "react";
import { Modal } from "@/components/ui/modal";
import { STATUSES, STATUS_META } from "@/components/review/status-meta";
import { EXPORT_FORMAT_LABELS, type ExportFormatName } from "./format-labels";

type Member = { id: string; name: string | null };

/**
 * Export choices for one article: which claims (statuses, assignee, dates, with or without notes and comments) and
 * which format. Every link is the export's stable URL, the same one scripts and the API use.
 */
export function ExportDialog(props: { articleId: string; members: Member[]; onClose: () => void }) {
  const [statuses, setStatuses] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [notes, setNotes] = useState(true);
  const [comments, setComments] = useState(true);

  const query = new URLSearchParams();
  if (statuses.size > 0) query.set("status", [...statuses].map((s) => s.toLowerCase()).join(","));
  if (assignee) query.set("assignee", assignee);
  if (from) query.set("from", from);
  if (to) query.set("to", to);
  if (!notes) query.set("notes", "0");
  if (!comments) query.set("comments", "0");
  const href = (format: ExportFormatName) => `/api/articles/${props.articleId}/export?${new URLSearchParams([["format", format], ...query])}`;
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
      <ul className="export-links">
        {(Object.keys(EXPORT_FORMAT_LABELS) as ExportFormatName[]).map((format) => (
          <li key={format}>
            <a className="button button--small" href={href(format)} download>
              {EXPORT_FORMAT_LABELS[format].label}
            </a>
            <span className="muted small">{EXPORT_FORMAT_LABELS[format].description}</span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
