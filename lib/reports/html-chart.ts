import { escapeHtml } from "./html-escape";
import { STATUS_COLORS } from "./status-colors";
import type { StatusRow } from "./status-counts";

const WIDTH = 520;
const LABEL = 110;
const BAR_MAX = 330;
const ROW = 30;

/**
 * Claims per status as an inline SVG bar chart. The title and description carry the same figures as text,
 * so a screen reader announces the numbers rather than "image".
 */
export function htmlStatusChart(rows: readonly StatusRow[]): string {
  const description = rows.map((r) => `${r.label}: ${r.count} (${Math.round(r.share * 100)}%)`).join(", ");
  const bars = rows
    .map((r, i) => {
      const y = i * ROW;
      const width = Math.round(r.share * BAR_MAX);
      return (
        `<text x="0" y="${y + 19}">${escapeHtml(r.label)}</text>` +
        `<rect x="${LABEL}" y="${y + 5}" width="${width}" height="${ROW - 10}" rx="3" fill="${STATUS_COLORS[r.status].solid}"/>` +
        `<text x="${LABEL + width + 8}" y="${y + 19}">${r.count} (${Math.round(r.share * 100)}%)</text>`
      );
    })
    .join("");
  return (
    `<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" width="${WIDTH}" height="${rows.length * ROW}" ` +
    `viewBox="0 0 ${WIDTH} ${rows.length * ROW}">` +
    `<title id="chart-title">Claims per status</title><desc id="chart-desc">${escapeHtml(description)}</desc>${bars}</svg>`
  );
}
