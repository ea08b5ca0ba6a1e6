import { STATUS_LABELS, type ExportArticle, type ExportClaim } from "@/lib/exports/export-model";
import { claimContext, isLocated } from "./claim-context";
import { inDocumentOrder } from "./document-order";
import type { HighlightSpan } from "./highlight-segments";
import { countByStatus, type StatusCounts } from "./status-counts";

/** A claim as every report shows it: numbered in document order, with its context already cut. */
export type ReportClaim = {
  number: number;
  claim: ExportClaim;
  /** Whether the claim's span is in this version's text (and so highlighted in the appendix). */
  located: boolean;
  /** The quote on one line (line breaks inside a quote would break list layouts). */
  quote: string;
  before: string;
  after: string;
  statusLabel: string;
};

export type ReportView = {
  article: ExportArticle;
  claims: ReportClaim[];
  counts: StatusCounts;
  /** The located claims' spans, numbered like the list, for the appendix. */
  spans: HighlightSpan[];
};

/** Everything the article report formats share, derived once so all formats number and count alike. */
export function prepareReport(article: ExportArticle): ReportView {
  const text = article.version.text;
  const claims = inDocumentOrder(article.claims).map((claim, index): ReportClaim => {
    const { before, after } = claimContext(claim, text);
    return {
      number: index + 1,
      claim,
      located: isLocated(claim, text),
      quote: claim.exact.replace(/\s+/g, " ").trim(),
      before,
      after,
      statusLabel: STATUS_LABELS[claim.status],
    };
  });
  const spans = claims
    .filter((c) => c.located)
    .map((c) => ({ number: c.number, start: c.claim.start, end: c.claim.end, status: c.claim.status }));
  return { article, claims, counts: countByStatus(article.claims), spans };
}
