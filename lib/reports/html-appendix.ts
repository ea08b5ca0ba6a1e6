import { STATUS_LABELS } from "@/lib/exports/export-model";
import { appendixParagraphs } from "./appendix-paragraphs";
import { escapeHtml } from "./html-escape";
import { statusClass } from "./html-style";
import type { ReportView } from "./prepare-report";
import { STATUS_ORDER } from "./status-colors";

const LEGEND = STATUS_ORDER.map((s) => `<mark class="${statusClass(s)}">${STATUS_LABELS[s]}</mark>`).join(" ");

/**
 * The version text with every located claim highlighted in its status colour and numbered like the list.
 * Overlapping claims split the text into pieces; a piece under several claims takes the innermost claim's
 * colour and an underline, and its title names every claim covering it.
 */
export function htmlAppendix({ article, spans }: ReportView): string {
  const paragraphs = appendixParagraphs(article.version.text, spans).map((pieces) => {
    const html = pieces.map((piece) => {
      const markers = piece.starts.map((n) => `<sup class="n"><a href="#claim-${n}">${n}</a></sup>`).join("");
      const body = escapeHtml(piece.text);
      if (piece.claims.length === 0) return markers + body;
      const [primary] = piece.claims;
      const title = piece.claims.map((c) => `Claim ${c.number}: ${STATUS_LABELS[c.status]}`).join("; ");
      const overlap = piece.claims.length > 1 ? " overlap" : "";
      return `${markers}<mark class="${statusClass(primary.status)}${overlap}" title="${escapeHtml(title)}">${body}</mark>`;
    });
    return `<p>${html.join("")}</p>`;
  });
  return (
    `<section class="appendix" aria-labelledby="appendix-h"><h2 id="appendix-h">Article text with claims highlighted</h2>` +
    `<p class="muted">Version ${article.version.number}. Numbers match the claim list; underlined text is covered by more than one claim.</p>` +
    `<p>Colours: ${LEGEND}</p>` +
    `${paragraphs.join("\n")}</section>`
  );
}
