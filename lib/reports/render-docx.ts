import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import type { ExportArticle } from "@/lib/exports/export-model";
import { docxAppendix } from "./docx-appendix";
import { docxClaim } from "./docx-claim";
import { field, hex, link, run, xmlSafe } from "./docx-text";
import { formatDateTime, personName } from "./format";
import { prepareReport, type ReportView } from "./prepare-report";
import { STATUS_COLORS } from "./status-colors";
import { statusRows } from "./status-counts";

const BAR_CELLS = 20;

function cell(text: string, options: { bold?: boolean; color?: string; right?: boolean } = {}): TableCell {
  const paragraph = new Paragraph({
    alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [run(text, { bold: options.bold, color: options.color })],
  });
  return new TableCell({ children: [paragraph] });
}

// Word has no chart this library can write without an embedded image, so the chart is a table column of block
// characters in the status colour: it prints, it is searchable, and screen readers read the count beside it.
function summaryTable({ counts, claims }: ReportView): Table {
  const header = new TableRow({ tableHeader: true, children: ["Status", "Claims", "Share", "Chart"].map((h) => cell(h, { bold: true })) });
  const rows = statusRows(counts).map(
    (r) =>
      new TableRow({
        children: [
          cell(r.label),
          cell(String(r.count), { right: true }),
          cell(`${Math.round(r.share * 100)}%`, { right: true }),
          cell("█".repeat(Math.round(r.share * BAR_CELLS)) || " ", { color: hex(STATUS_COLORS[r.status].solid) }),
        ],
      }),
  );
  const total = new TableRow({ children: [cell("Total", { bold: true }), cell(String(claims.length), { bold: true, right: true }), cell(""), cell("")] });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows, total] });
}

function titleBlock({ article, claims }: ReportView): Paragraph[] {
  return [
    new Paragraph({ children: [run("Factdesk review report", { color: "4B535C" })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(article.title)] }),
    field("Source", article.sourceUrl ? [link(article.sourceUrl, article.sourceUrl)] : "—"),
    ...(article.byline ? [field("Byline", article.byline)] : []),
    field("Version", `${article.version.number}, ${formatDateTime(article.version.createdAt)}`),
    field("Team", article.team.name),
    field("Reviewers", article.reviewers.map(personName).join(", ") || "—"),
    field("Claims", String(claims.length)),
    field("Exported", formatDateTime(article.exportedAt)),
  ];
}

/** The review report as a Word document: title block, summary table, the claims, and the highlighted text. */
export async function renderDocx(article: ExportArticle): Promise<Buffer> {
  const view = prepareReport(article);
  const doc = new Document({
    creator: "Factdesk",
    title: xmlSafe(`Review report: ${article.title}`),
    description: "Fact-check review report",
    sections: [
      {
        children: [
          ...titleBlock(view),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run("Summary")] }),
          new Paragraph({ children: [run("Claims per status", { bold: true })] }),
          summaryTable(view),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run("Claims")] }),
          ...(view.claims.length === 0 ? [new Paragraph({ children: [run("No claims in this version.")] })] : view.claims.flatMap(docxClaim)),
          ...docxAppendix(view),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
