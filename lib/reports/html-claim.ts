import { RELATION_LABELS, type ExportClaim } from "@/lib/exports/export-model";
import { noteToHtml } from "@/lib/notes";
import { formatDateTime, personName } from "./format";
import { escapeHtml, htmlLink } from "./html-escape";
import { statusClass } from "./html-style";
import type { ReportClaim } from "./prepare-report";

function sourcesHtml(claim: ExportClaim): string {
  if (claim.sources.length === 0) return `<span class="muted">none</span>`;
  const items = claim.sources.map((s) => {
    const publisher = s.publisher ? ` <span class="muted">— ${escapeHtml(s.publisher)}</span>` : "";
    return `<li><strong>${RELATION_LABELS[s.relation]}:</strong> ${htmlLink(s.title ?? s.url, s.url)}${publisher}</li>`;
  });
  return `<ul>${items.join("")}</ul>`;
}

function commentsHtml(claim: ExportClaim): string {
  const items = claim.comments.map(
    (c) => `<li><strong>${escapeHtml(personName(c.author))}</strong>, ${formatDateTime(c.createdAt)}: ${escapeHtml(c.text)}</li>`,
  );
  return `<ul>${items.join("")}</ul>`;
}

const row = (term: string, html: string) => `<dt>${term}</dt><dd>${html}</dd>`;
const text = (value: string) => escapeHtml(value);

/** One claim as an <article>: the quote in its context, then every field of the review. */
export function htmlClaim({ number, claim, quote, before, after, statusLabel, located }: ReportClaim): string {
  const approval = claim.approvedBy
    ? `${text(personName(claim.approvedBy))}, ${formatDateTime(claim.approvedAt)}`
    : `<span class="muted">not approved</span>`;
  const rows = [
    row("Status", statusLabel),
    located ? "" : row("Position", "not found in this version of the article"),
    // noteToHtml escapes every text and attribute and keeps only http(s) links: safe to embed as is.
    row("Note", claim.note ? noteToHtml(claim.note) : `<span class="muted">—</span>`),
    row("Sources", sourcesHtml(claim)),
    row("Assignee", text(personName(claim.assignee))),
    row("Reviewer", text(personName(claim.reviewedBy))),
    row("Approval", approval),
    claim.comments.length > 0 ? row("Comments", commentsHtml(claim)) : "",
    row("Created", formatDateTime(claim.createdAt)),
    row("Updated", formatDateTime(claim.updatedAt)),
  ];
  return (
    `<article class="claim ${statusClass(claim.status)}" id="claim-${number}" aria-labelledby="claim-${number}-h">` +
    `<h3 id="claim-${number}-h">${number}. <span class="badge">${statusLabel}</span></h3>` +
    `<blockquote class="context">${text(before)}<strong>${text(quote)}</strong>${text(after)}</blockquote>` +
    `<dl>${rows.join("")}</dl></article>`
  );
}
