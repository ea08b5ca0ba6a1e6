import type { Readable } from "node:stream";
import { formatDate, formatDateTime, personName } from "./format";
import { drawStatusChart } from "./pdf-chart";
import type { PdfFonts } from "./pdf-fonts";
import { drawTable, type PdfCell, type PdfColumn } from "./pdf-table";
import { PdfWriter } from "./pdf-writer";
import { readAll } from "./read-all";
import { MUTED_INK, STATUS_COLORS, STATUS_ORDER } from "./status-colors";
import { statusRows, type StatusCounts } from "./status-counts";
import { teamTotals, type TeamReportInput } from "./team-report";

export type RenderTeamPdfOptions = { fonts?: PdfFonts; generatedAt?: Date };

// A stacked bar of one article's claims by status: the per-row chart of the article table.
function stackedBar(w: PdfWriter, counts: StatusCounts, total: number): PdfCell {
  return (x, y, width, height) => {
    w.doc.rect(x, y, width, height).fill("#eef0f2");
    if (total === 0) return;
    let at = x;
    for (const status of STATUS_ORDER) {
      const part = (counts[status] / total) * width;
      if (part > 0) w.doc.rect(at, y, part, height).fill(STATUS_COLORS[status].solid);
      at += part;
    }
  };
}

const ARTICLE_COLUMNS: PdfColumn[] = [
  { header: "Article", width: 137 },
  { header: "Ver.", width: 28, align: "right" },
  { header: "Claims", width: 38, align: "right" },
  { header: "Verified", width: 46, align: "right" },
  { header: "Disputed", width: 48, align: "right" },
  { header: "Unsourced", width: 56, align: "right" },
  { header: "Unrev.", width: 38, align: "right" },
  { header: "Reviewed", width: 50, align: "right" },
  { header: "By status", width: 54 },
];

const REVIEWER_COLUMNS: PdfColumn[] = [
  { header: "Reviewer", width: 215 },
  { header: "Reviewed", width: 70, align: "right" },
  { header: "Verified", width: 70, align: "right" },
  { header: "Disputed", width: 70, align: "right" },
  { header: "Unsourced", width: 70, align: "right" },
];

async function render(w: PdfWriter, input: TeamReportInput, generatedAt: Date): Promise<void> {
  const totals = teamTotals(input);
  const { doc } = w;
  w.style("regular", 9, MUTED_INK).text("Factdesk team report");
  w.style("bold", 18).text(input.team.name);
  w.style("regular", 10).text(`Period: ${formatDate(input.from)} – ${formatDate(input.to)} · generated ${formatDateTime(generatedAt)}`);
  w.text(`${totals.articles.length} articles, ${totals.overall.total} claims, ${totals.overall.reviewedPercent}% reviewed`);
  doc.moveDown(0.8);
  w.style("bold", 13).text("Claims per status");
  doc.moveDown(0.3);
  drawStatusChart(w, statusRows(totals.overall.counts));
  doc.moveDown(0.6);
  const articleRows = totals.articles.map((a): PdfCell[] => [
    a.title,
    String(a.version),
    String(a.total),
    ...(["VERIFIED", "DISPUTED", "UNSOURCED", "UNREVIEWED"] as const).map((s) => String(a.counts[s])),
    `${a.reviewedPercent}%`,
    stackedBar(w, a.counts, a.total),
  ]);
  drawTable(w, "Articles", ARTICLE_COLUMNS, articleRows);
  await w.flow();
  const reviewerRows = totals.reviewers.map((r): PdfCell[] => [
    personName(r.person),
    String(r.reviewed),
    String(r.counts.VERIFIED),
    String(r.counts.DISPUTED),
    String(r.counts.UNSOURCED),
  ]);
  if (reviewerRows.length === 0) w.style("regular", 10).text("No claims were reviewed in this period.");
  else drawTable(w, "Reviewers: claims reviewed in the period, by status given", REVIEWER_COLUMNS, reviewerRows);
}

/** The team report as a PDF stream: summary chart, then per-article and per-reviewer tables. */
export function renderTeamPdf(input: TeamReportInput, options: RenderTeamPdfOptions = {}): Readable {
  const generatedAt = options.generatedAt ?? new Date();
  const w = new PdfWriter({
    title: `Team report: ${input.team.name}`,
    footer: `Team report · ${input.team.name.slice(0, 60)} · ${formatDate(input.from)} – ${formatDate(input.to)}`,
    createdAt: generatedAt,
    fonts: options.fonts,
  });
  return w.run(() => render(w, input, generatedAt));
}

/** The whole team PDF in memory. */
export function renderTeamPdfBuffer(input: TeamReportInput, options: RenderTeamPdfOptions = {}): Promise<Buffer> {
  return readAll(renderTeamPdf(input, options));
}
