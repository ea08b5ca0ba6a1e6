import { RELATION_LABELS, type ExportClaim } from "@/lib/exports/export-model";
import { isHttpUrl } from "@/lib/notes";
import { formatDateTime, personName } from "./format";
import { flowText } from "./pdf-flow";
import type { FontFace } from "./pdf-fonts";
import type { ReportClaim } from "./prepare-report";
import type { PdfWriter } from "./pdf-writer";
import { INK, MUTED_INK, STATUS_COLORS } from "./status-colors";

const LABEL_WIDTH = 72;
const LINK = "#0a58ca";

/**
 * Text from doc.x to the right margin. Most values are one short line, and drawing those without pdfkit's line
 * wrapper (Unicode line breaking on every call) is what keeps long reports fast; longer text wraps as usual.
 */
function line(w: PdfWriter, text: string, face: FontFace, size: number, color: string = INK, options: PDFKit.Mixins.TextOptions = {}): void {
  const { doc } = w;
  const clean = w.clean(text);
  w.style(face, size, color);
  if (!clean.includes("\n") && w.measure(clean, face, size) <= doc.page.width - doc.page.margins.right - doc.x) {
    const { x, y } = doc;
    doc.text(clean, x, y, { ...options, lineBreak: false });
    doc.x = x;
    doc.y = y + doc.currentLineHeight(true) + 1;
  } else {
    doc.text(clean, { ...options, lineGap: 1 });
  }
}

// Values sit in a column right of their labels; the label is kept on the page of the value's first line.
function label(w: PdfWriter, name: string, minHeight: number): void {
  const { doc } = w;
  w.ensure(minHeight);
  const y = doc.y;
  w.style("bold", 8.5, MUTED_INK);
  doc.text(name, w.left, y + 1, { lineBreak: false });
  doc.x = w.left + LABEL_WIDTH;
  doc.y = y;
}

function fieldRow(w: PdfWriter, name: string, value: string): void {
  label(w, name, 14);
  line(w, value || "—", "regular", 9.5);
  w.doc.x = w.left;
}

function sourcesRow(w: PdfWriter, claim: ExportClaim): void {
  if (claim.sources.length === 0) return fieldRow(w, "Sources", "none");
  label(w, "Sources", 28);
  const x = w.doc.x;
  for (const s of claim.sources) {
    const publisher = s.publisher ? ` — ${s.publisher}` : "";
    flowText(
      w,
      [
        { text: `${RELATION_LABELS[s.relation]}: `, face: "bold", size: 9.5 },
        { text: `${s.title ?? s.url}${publisher}`, face: "regular", size: 9.5 },
      ],
      { x, width: w.left + w.width - x, lineHeight: 13 },
    );
    w.doc.x = x;
    // The address is printed (and linked) under a title; an untitled web source already showed it as its title.
    if (!isHttpUrl(s.url)) line(w, `${s.url} (not a web address)`, "regular", 8.5, MUTED_INK);
    else if (s.title !== null) line(w, s.url, "regular", 8.5, LINK, { link: s.url, underline: true });
  }
  w.doc.x = w.left;
}

/** One claim: number and status, the quote in its context, then every field of the review. */
export function drawClaim(w: PdfWriter, { number, claim, quote, before, after, statusLabel, located }: ReportClaim): void {
  const { doc } = w;
  const colors = STATUS_COLORS[claim.status];
  w.ensure(110); // heading, context and the first fields stay together
  const top = doc.y;
  doc.rect(w.left, top + 2, 9, 9).fill(colors.solid);
  flowText(
    w,
    [
      { text: `${number}. `, face: "bold", size: 11.5 },
      { text: statusLabel, face: "bold", size: 11.5, color: colors.solid },
    ],
    { x: w.left + 14, width: w.width - 14, lineHeight: 16 },
  );
  doc.y += 2;

  const contextTop = doc.y;
  const page = w.pageCount;
  flowText(
    w,
    [
      { text: before, face: "italic", size: 9.5, color: MUTED_INK },
      { text: quote, face: "bold", size: 9.5, tint: colors.tint },
      { text: after, face: "italic", size: 9.5, color: MUTED_INK },
    ],
    { x: w.left + 10, width: w.width - 10, lineHeight: 13.5 },
  );
  // The bar beside the context; skipped in the rare case a very long quote ran onto the next page.
  if (w.pageCount === page) doc.rect(w.left, contextTop - 1.5, 3, doc.y - contextTop).fill(colors.solid);
  doc.y += 4;

  if (!located) fieldRow(w, "Position", "not found in this version of the article");
  fieldRow(w, "Note", claim.noteText.trim());
  sourcesRow(w, claim);
  fieldRow(w, "Assignee", personName(claim.assignee));
  fieldRow(w, "Reviewer", personName(claim.reviewedBy));
  fieldRow(w, "Approval", claim.approvedBy ? `${personName(claim.approvedBy)}, ${formatDateTime(claim.approvedAt)}` : "not approved");
  if (claim.comments.length > 0) {
    fieldRow(w, "Comments", claim.comments.map((c) => `${personName(c.author)}, ${formatDateTime(c.createdAt)}: ${c.text}`).join("\n"));
  }
  fieldRow(w, "Created", `${formatDateTime(claim.createdAt)}   ·   Updated ${formatDateTime(claim.updatedAt)}`);
  doc.moveDown(0.4);
  doc.moveTo(w.left, doc.y).lineTo(w.left + w.width, doc.y).lineWidth(0.5).stroke("#d0d7de");
  doc.moveDown(0.8);
}
