import { HeadingLevel, Paragraph, ShadingType, type TextRun } from "docx";
import { STATUS_LABELS } from "@/lib/exports/export-model";
import { appendixParagraphs } from "./appendix-paragraphs";
import { hex, run } from "./docx-text";
import type { ReportView } from "./prepare-report";
import { STATUS_COLORS, STATUS_ORDER } from "./status-colors";

const shade = (fill: string) => ({ type: ShadingType.CLEAR, fill: hex(fill), color: "auto" });

/**
 * The version text with each located claim shaded in its status colour and numbered like the list. Text under
 * more than one claim takes the innermost claim's colour and is underlined.
 */
export function docxAppendix({ article, spans }: ReportView): Paragraph[] {
  const legend: TextRun[] = STATUS_ORDER.flatMap((s) => [run(" "), run(STATUS_LABELS[s], { shading: shade(STATUS_COLORS[s].tint) })]);
  const body = appendixParagraphs(article.version.text, spans).map(
    (pieces) =>
      new Paragraph({
        spacing: { after: 160 },
        children: pieces.flatMap((piece) => {
          const markers = piece.starts.map((n) => run(`[${n}]`, { superScript: true, bold: true }));
          if (piece.claims.length === 0) return [...markers, run(piece.text)];
          const [primary] = piece.claims;
          const overlap = piece.claims.length > 1 ? { underline: {} } : {};
          return [...markers, run(piece.text, { shading: shade(STATUS_COLORS[primary.status].tint), ...overlap })];
        }),
      }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [run("Article text with claims highlighted")] }),
    new Paragraph({
      children: [
        run(`Version ${article.version.number}. Numbers match the claim list; underlined text is covered by more than one claim.`),
      ],
    }),
    new Paragraph({ spacing: { after: 240 }, children: [run("Colours:"), ...legend] }),
    ...body,
  ];
}
