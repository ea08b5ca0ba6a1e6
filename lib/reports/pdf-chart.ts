import type { PdfWriter } from "./pdf-writer";
import { MUTED_INK, STATUS_COLORS } from "./status-colors";
import type { StatusRow } from "./status-counts";

const LABEL = 90;
const BAR_MAX = 300;
const ROW = 20;
const BAR = 12;

/**
 * Claims per status as horizontal bars drawn with vector paths, each labelled with its status name and count,
 * so the chart reads in greyscale and as extracted text.
 */
export function drawStatusChart(w: PdfWriter, rows: readonly StatusRow[]): void {
  const { doc } = w;
  w.ensure(rows.length * ROW + 10);
  const top = doc.y;
  rows.forEach((r, i) => {
    const y = top + i * ROW;
    const x = w.left + LABEL;
    w.style("regular", 10);
    doc.text(r.label, w.left, y + 1, { lineBreak: false });
    doc.rect(x, y, BAR_MAX, BAR).fill("#eef0f2");
    const width = Math.max(r.count > 0 ? 2 : 0, r.share * BAR_MAX);
    if (width > 0) doc.rect(x, y, width, BAR).fill(STATUS_COLORS[r.status].solid);
    w.style("regular", 9, MUTED_INK);
    doc.text(`${r.count} (${Math.round(r.share * 100)}%)`, x + BAR_MAX + 8, y + 1, { lineBreak: false });
  });
  w.style("regular", 10);
  doc.x = w.left;
  doc.y = top + rows.length * ROW + 6;
}
