import { HeadingLevel, Paragraph, ShadingType } from "docx";
import { RELATION_LABELS, type ExportClaim } from "@/lib/exports/export-model";
import { formatDateTime, personName } from "./format";
import { field, hex, link, run } from "./docx-text";
import type { ReportClaim } from "./prepare-report";
import { STATUS_COLORS } from "./status-colors";

function noteParagraphs(claim: ExportClaim): Paragraph[] {
  if (!claim.noteText.trim()) return [field("Note", "—")];
  const lines = claim.noteText.split(/\r?\n/).filter((line) => line.trim() !== "");
  return [field("Note", ""), ...lines.map((line) => new Paragraph({ children: [run(line)], indent: { left: 360 } }))];
}

function sourceParagraphs(claim: ExportClaim): Paragraph[] {
  if (claim.sources.length === 0) return [field("Sources", "none")];
  return [
    field("Sources", ""),
    ...claim.sources.map(
      (s) =>
        new Paragraph({
          bullet: { level: 0 },
          children: [
            run(`${RELATION_LABELS[s.relation]}: `, { bold: true }),
            link(s.title ?? s.url, s.url),
            ...(s.publisher ? [run(` — ${s.publisher}`)] : []),
          ],
        }),
    ),
  ];
}

/** One claim: a heading with its number and status, the quote in context, then every field of the review. */
export function docxClaim({ number, claim, quote, before, after, statusLabel, located }: ReportClaim): Paragraph[] {
  const colors = STATUS_COLORS[claim.status];
  const approval = claim.approvedBy ? `${personName(claim.approvedBy)}, ${formatDateTime(claim.approvedAt)}` : "not approved";
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      children: [run(`${number}. `), run(statusLabel, { color: hex(colors.solid) })],
    }),
    new Paragraph({
      keepNext: true,
      indent: { left: 240 },
      spacing: { after: 120 },
      children: [
        run(before, { italics: true }),
        run(quote, { bold: true, shading: { type: ShadingType.CLEAR, fill: hex(colors.tint), color: "auto" } }),
        run(after, { italics: true }),
      ],
    }),
    field("Status", statusLabel),
    ...(located ? [] : [field("Position", "not found in this version of the article")]),
    ...noteParagraphs(claim),
    ...sourceParagraphs(claim),
    field("Assignee", personName(claim.assignee)),
    field("Reviewer", personName(claim.reviewedBy)),
    field("Approval", approval),
    ...(claim.comments.length === 0
      ? []
      : [
          field("Comments", ""),
          ...claim.comments.map(
            (c) => new Paragraph({ bullet: { level: 0 }, children: [run(`${personName(c.author)}, ${formatDateTime(c.createdAt)}: `, { bold: true }), run(c.text)] }),
          ),
        ]),
    field("Created", formatDateTime(claim.createdAt)),
    field("Updated", formatDateTime(claim.updatedAt)),
  ];
}
