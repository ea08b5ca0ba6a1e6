import { STATUS_LABELS } from "@/lib/exports/export-model";
import { appendixParagraphs, type AppendixPiece } from "./appendix-paragraphs";
import { flowText, type FlowRun } from "./pdf-flow";
import type { PdfWriter } from "./pdf-writer";
import type { ReportView } from "./prepare-report";
import { MUTED_INK, STATUS_COLORS, STATUS_ORDER } from "./status-colors";

const SIZE = 10;
const LINE = 14.5;
const MARKER_SIZE = 6.5;

// Claim numbers are small bold runs at the top of the line (a superscript); a number inside an enclosing claim keeps
// that claim's tint, so the highlight has no gap. Text under a claim takes the innermost claim's tint, and is
// underlined when more than one claim covers it.
function runs(pieces: readonly AppendixPiece[]): FlowRun[] {
  return pieces.flatMap((piece) => {
    const outer = piece.claims.find((c) => !piece.starts.includes(c.number));
    const markerTint = outer ? STATUS_COLORS[outer.status].tint : null;
    const markers = piece.starts.map((n): FlowRun => ({ text: `${n}\u2009`, face: "bold", size: MARKER_SIZE, tint: markerTint }));
    const tint = piece.claims.length > 0 ? STATUS_COLORS[piece.claims[0].status].tint : null;
    return [...markers, { text: piece.text, face: "regular", size: SIZE, tint, underline: piece.claims.length > 1 }];
  });
}

function legend(w: PdfWriter): void {
  const { doc } = w;
  let x = w.left;
  const y = doc.y;
  for (const status of STATUS_ORDER) {
    const label = STATUS_LABELS[status];
    const width = w.measure(label, "regular", 9) + 8;
    doc.rect(x, y - 1, width, 13).fill(STATUS_COLORS[status].tint);
    w.style("regular", 9);
    doc.text(label, x + 4, y + 1, { lineBreak: false });
    x += width + 6;
  }
  doc.x = w.left;
  doc.y = y + 24;
}

/** The version text on new pages, each located claim highlighted in its status colour and numbered like the list. */
export async function drawAppendix(w: PdfWriter, { article, spans }: ReportView): Promise<void> {
  const { doc } = w;
  doc.addPage();
  w.style("bold", 15).text("Article text with claims highlighted");
  doc.moveDown(0.3);
  w.style("regular", 9, MUTED_INK).text(
    `Version ${article.version.number}. Numbers match the claim list; underlined text is covered by more than one claim.`,
  );
  doc.moveDown(0.3);
  legend(w);
  const paragraphs = appendixParagraphs(article.version.text, spans);
  for (let i = 0; i < paragraphs.length; i++) {
    flowText(w, runs(paragraphs[i]), { x: w.left, width: w.width, lineHeight: LINE });
    doc.y += LINE * 0.5;
    if (i % 20 === 19) await w.flow();
  }
}
