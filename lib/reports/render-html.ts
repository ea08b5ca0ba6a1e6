import type { ExportArticle } from "@/lib/exports/export-model";
import { formatDateTime, personName } from "./format";
import { htmlAppendix } from "./html-appendix";
import { htmlStatusChart } from "./html-chart";
import { htmlClaim } from "./html-claim";
import { escapeHtml, htmlLink } from "./html-escape";
import { REPORT_CSS } from "./html-style";
import { prepareReport, type ReportView } from "./prepare-report";
import { statusRows } from "./status-counts";

// A saved report is opened from disk, by anyone: the policy forbids scripts and every external load, so
// even a bug in escaping could not run code or phone home.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function metaHtml({ article, claims }: ReportView): string {
  const rows: [string, string][] = [
    ["Source", article.sourceUrl ? htmlLink(article.sourceUrl, article.sourceUrl) : "—"],
    ...(article.byline ? [["Byline", escapeHtml(article.byline)] as [string, string]] : []),
    ["Version", `${article.version.number}, ${formatDateTime(article.version.createdAt)}`],
    ["Team", escapeHtml(article.team.name)],
    ["Reviewers", escapeHtml(article.reviewers.map(personName).join(", ")) || "—"],
    ["Claims", String(claims.length)],
    ["Exported", formatDateTime(article.exportedAt)],
  ];
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

function summaryHtml(view: ReportView): string {
  const rows = statusRows(view.counts);
  const body = rows
    .map((r) => `<tr><th scope="row">${r.label}</th><td class="num">${r.count}</td><td class="num">${Math.round(r.share * 100)}%</td></tr>`)
    .join("");
  return (
    `<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>${htmlStatusChart(rows)}` +
    `<table><caption>Claims per status</caption><thead><tr><th scope="col">Status</th><th scope="col">Claims</th>` +
    `<th scope="col">Share</th></tr></thead><tbody>${body}</tbody>` +
    `<tfoot><tr><th scope="row">Total</th><td class="num">${view.claims.length}</td><td></td></tr></tfoot></table></section>`
  );
}

/**
 * The review report as one self-contained, printable HTML document: inline CSS, no scripts, no external
 * resources. User text is escaped here; notes come from noteToHtml, which escapes them itself.
 */
export function renderHtml(article: ExportArticle): string {
  const view = prepareReport(article);
  const lang = escapeHtml(article.language?.trim() || "en");
  const title = escapeHtml(article.title);
  const claims = view.claims.length === 0 ? `<p>No claims in this version.</p>` : view.claims.map(htmlClaim).join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Factdesk">
<title>Review report: ${title}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><p class="muted">Factdesk review report</p><h1>${title}</h1>${metaHtml(view)}</header>
<main>
${summaryHtml(view)}
<section aria-labelledby="claims-h"><h2 id="claims-h">Claims</h2>
${claims}
</section>
${htmlAppendix(view)}
</main>
</body>
</html>
`;
}
