import type { Readable } from "node:stream";
import type { ExportArticle } from "@/lib/exports/export-model";
import { isHttpUrl } from "@/lib/notes";
import { formatDateTime, personName } from "./format";
import { drawAppendix } from "./pdf-appendix";
import { drawStatusChart } from "./pdf-chart";
import { drawClaim } from "./pdf-claim";
import type { PdfFonts } from "./pdf-fonts";
import { PdfWriter } from "./pdf-writer";
import { readAll } from "./read-all";
import { prepareReport, type ReportView } from "./prepare-report";
import { MUTED_INK } from "./status-colors";
import { statusRows } from "./status-counts";

export type RenderPdfOptions = { fonts?: PdfFonts };

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

function titleBlock(w: PdfWriter, { article, claims }: ReportView): void {
  const { doc } = w;
  w.style("regular", 9, MUTED_INK).text("Factdesk review report");
  w.style("bold", 18).text(article.title, { lineGap: 2 });
  doc.moveDown(0.4);
  const meta: [string, string][] = [
    ["Source", article.sourceUrl ?? "—"],
    ...(article.byline ? [["Byline", article.byline] as [string, string]] : []),
    ["Version", `${article.version.number}, ${formatDateTime(article.version.createdAt)}`],
    ["Team", article.team.name],
    ["Reviewers", article.reviewers.map(personName).join(", ") || "—"],
    ["Claims", String(claims.length)],
    ["Exported", formatDateTime(article.exportedAt)],
  ];
  for (const [label, value] of meta) {
    w.style("bold", 9.5).text(`${label}: `, { continued: true });
    w.style("regular", 9.5).text(value, label === "Source" && isHttpUrl(value) ? { link: value } : {});
  }
}

function heading(w: PdfWriter, text: string): void {
  w.ensure(60);
  w.doc.moveDown(0.8);
  w.style("bold", 14).text(text);
  w.doc.moveDown(0.4);
}

async function render(w: PdfWriter, view: ReportView): Promise<void> {
  titleBlock(w, view);
  heading(w, "Summary");
  drawStatusChart(w, statusRows(view.counts));
  w.style("regular", 9.5).text(`Total: ${view.claims.length} claims`);
  heading(w, "Claims");
  if (view.claims.length === 0) w.style("regular", 10).text("No claims in this version.");
  for (const claim of view.claims) {
    drawClaim(w, claim);
    if (claim.number % 20 === 0) await w.flow();
  }
  await drawAppendix(w, view);
}

/**
 * The review report as a PDF stream. Pages are written as they are laid out and rendering waits while the
 * reader is behind, so a route can pipe it to the response without holding the whole file. Use with
 * stream.pipeline (or attach an error handler): a failure destroys the stream with the error.
 */
export function renderPdf(article: ExportArticle, options: RenderPdfOptions = {}): Readable {
  const view = prepareReport(article);
  const w = new PdfWriter({
    title: `Review report: ${article.title}`,
    footer: `Review report · ${shorten(article.title, 70)} · version ${article.version.number}`,
    lang: article.language,
    createdAt: article.exportedAt,
    fonts: options.fonts,
  });
  return w.run(() => render(w, view));
}

/** The whole PDF in memory (tests, e-mail attachments). */
export function renderPdfBuffer(article: ExportArticle, options: RenderPdfOptions = {}): Promise<Buffer> {
  return readAll(renderPdf(article, options));
}
