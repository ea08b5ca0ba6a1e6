import { RELATION_LABELS, type ExportArticle, type ExportClaim } from "@/lib/exports/export-model";
import { formatDateTime, personName } from "./format";
import { escapeMarkdown as md, escapeMarkdownLines, markdownLink } from "./markdown-escape";
import { prepareReport, type ReportClaim, type ReportView } from "./prepare-report";
import { statusRows } from "./status-counts";

const BAR_CELLS = 20;

// Escaping trims; the space (or its absence) between context and quote must survive, or words would merge or split.
function keepEdges(text: string): string {
  if (text.trim() === "") return text === "" ? "" : " ";
  return (/^\s/.test(text) ? " " : "") + md(text) + (/\s$/.test(text) ? " " : "");
}

function header({ article, claims }: ReportView): string[] {
  const lines = [`# Review report: ${md(article.title)}`, ""];
  const field = (name: string, value: string) => lines.push(`- **${name}:** ${value}`);
  field("Source", article.sourceUrl ? markdownLink(article.sourceUrl, article.sourceUrl) : "—");
  if (article.byline) field("Byline", md(article.byline));
  field("Version", `${article.version.number}, ${formatDateTime(article.version.createdAt)}`);
  field("Team", md(article.team.name));
  field("Reviewers", article.reviewers.map((p) => md(personName(p))).join(", ") || "—");
  field("Claims", String(claims.length));
  field("Exported", formatDateTime(article.exportedAt));
  return lines;
}

function summary({ counts, claims }: ReportView): string[] {
  // The chart is a column of block characters, readable as plain text and in any Markdown viewer.
  const rows = statusRows(counts).map(
    (r) => `| ${r.label} | ${r.count} | ${"█".repeat(Math.round(r.share * BAR_CELLS)) || "·"} ${Math.round(r.share * 100)}% |`,
  );
  return ["", "## Summary", "", "| Status | Claims | Share |", "| --- | ---: | --- |", ...rows, `| **Total** | ${claims.length} | |`];
}

function sourceLines(claim: ExportClaim): string[] {
  if (claim.sources.length === 0) return ["- **Sources:** none"];
  return [
    "- **Sources:**",
    ...claim.sources.map((s) => {
      const publisher = s.publisher ? ` — ${md(s.publisher)}` : "";
      return `  - ${RELATION_LABELS[s.relation]}: ${markdownLink(s.title ?? s.url, s.url)}${publisher}`;
    }),
  ];
}

function claimSection({ number, claim, quote, before, after, statusLabel, located }: ReportClaim): string[] {
  const lines = ["", `### ${number}. ${statusLabel}`, ""];
  lines.push(`> ${keepEdges(before)}**${md(quote)}**${keepEdges(after)}`, "");
  lines.push(`- **Status:** ${statusLabel}`);
  if (!located) lines.push("- **Position:** not found in this version of the article");
  const note = escapeMarkdownLines(claim.noteText);
  if (note.length === 0) lines.push("- **Note:** —");
  else lines.push("- **Note:**", ...note.flatMap((line, i) => (i === 0 ? [`  > ${line}`] : ["  >", `  > ${line}`])));
  lines.push(...sourceLines(claim));
  lines.push(`- **Assignee:** ${md(personName(claim.assignee))}`, `- **Reviewer:** ${md(personName(claim.reviewedBy))}`);
  lines.push(
    claim.approvedBy
      ? `- **Approval:** approved by ${md(personName(claim.approvedBy))}, ${formatDateTime(claim.approvedAt)}`
      : "- **Approval:** not approved",
  );
  if (claim.comments.length > 0) {
    lines.push("- **Comments:**");
    for (const c of claim.comments) lines.push(`  - ${md(personName(c.author))}, ${formatDateTime(c.createdAt)}: ${md(c.text)}`);
  }
  lines.push(`- **Created:** ${formatDateTime(claim.createdAt)} · **Updated:** ${formatDateTime(claim.updatedAt)}`);
  return lines;
}

/** The review report as Markdown; all user text is escaped, so a note cannot add links, images or HTML. */
export function renderMarkdown(article: ExportArticle): string {
  const view = prepareReport(article);
  const claims = view.claims.length === 0 ? ["", "No claims in this version."] : view.claims.flatMap(claimSection);
  return [...header(view), ...summary(view), "", "## Claims", ...claims, ""].join("\n");
}
