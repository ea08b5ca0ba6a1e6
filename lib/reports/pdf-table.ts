import type { PdfWriter } from "./pdf-writer";
import { INK, MUTED_INK } from "./status-colors";

export type PdfColumn = { header: string; width: number; align?: "left" | "right" };
/** A cell is text, or a drawing given the cell's box (a bar). */
export type PdfCell = string | ((x: number, y: number, width: number, height: number) => void);

const ROW = 17;
const PAD = 4;

// One line per cell: a long title is cut with "…" so rows keep one height and the table stays scannable.
function fit(w: PdfWriter, text: string, width: number): string {
  const { doc } = w;
  if (doc.widthOfString(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

function drawRow(w: PdfWriter, columns: readonly PdfColumn[], cells: readonly PdfCell[], header: boolean, shaded: boolean): void {
  const { doc } = w;
  const y = doc.y;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  if (shaded) doc.rect(w.left, y, total, ROW).fill("#f6f8fa");
  let x = w.left;
  columns.forEach((column, i) => {
    const cell = cells[i] ?? "";
    if (typeof cell === "function") cell(x + PAD, y + 4, column.width - 2 * PAD, ROW - 8);
    else {
      w.style(header ? "bold" : "regular", header ? 7.5 : 8.5, header ? MUTED_INK : INK);
      const text = fit(w, w.clean(cell), column.width - 2 * PAD);
      doc.text(text, x + PAD, y + 4.5, { width: column.width - 2 * PAD, align: column.align ?? "left", lineBreak: false });
    }
    x += column.width;
  });
  if (header) doc.moveTo(w.left, y + ROW).lineTo(w.left + total, y + ROW).lineWidth(0.75).stroke(MUTED_INK);
  doc.x = w.left;
  doc.y = y + ROW;
}

/** A table with a header row, repeated at the top of every page it runs onto. */
export function drawTable(w: PdfWriter, caption: string, columns: readonly PdfColumn[], rows: readonly PdfCell[][]): void {
  const { doc } = w;
  const head = () => drawRow(w, columns, columns.map((c) => c.header), true, false);
  w.ensure(ROW * 3 + 20);
  w.style("bold", 10).text(caption);
  doc.moveDown(0.2);
  head();
  rows.forEach((cells, i) => {
    if (doc.y + ROW > w.bottom) {
      doc.addPage();
      head();
    }
    drawRow(w, columns, cells, false, i % 2 === 1);
  });
  doc.moveDown(0.6);
}
