import { Readable, pipeline } from "node:stream";
import { stringify } from "csv-stringify";
import { RELATION_LABELS, STATUS_LABELS, type ExportArticle, type ExportClaim } from "@/lib/exports/export-model";
import { claimContext } from "./claim-context";
import { csvDate, neutraliseFormula } from "./csv-cells";
import { inDocumentOrder } from "./document-order";
import { readAll } from "./read-all";
import { personName } from "./format";

export const CSV_COLUMNS = [
  "Claim ID",
  "Article title",
  "Version",
  "Position",
  "Quote",
  "Context before",
  "Context after",
  "Status",
  "Note",
  "Sources",
  "Assignee",
  "Reviewer",
  "Approved by",
  "Approved at",
  "Created",
  "Updated",
  "Comments",
] as const;

/** What the CSV needs of the article besides its claims: the version text gives each claim its context. */
export type CsvArticleMeta = Pick<ExportArticle, "title"> & { version: Pick<ExportArticle["version"], "number" | "text"> };

function claimRow(claim: ExportClaim, position: number, meta: CsvArticleMeta): (string | number)[] {
  const { before, after } = claimContext(claim, meta.version.text);
  const sources = claim.sources.map((s) => `${s.url} (${RELATION_LABELS[s.relation]})`).join("\n");
  const text = [
    claim.id,
    meta.title,
    String(meta.version.number),
    String(position),
    claim.exact,
    before,
    after,
    STATUS_LABELS[claim.status],
    claim.noteText,
    sources,
    claim.assignee ? personName(claim.assignee) : "",
    personName(claim.reviewedBy),
    claim.approvedBy ? personName(claim.approvedBy) : "",
    csvDate(claim.approvedAt),
    csvDate(claim.createdAt),
    csvDate(claim.updatedAt),
  ].map(neutraliseFormula);
  return [...text, claim.comments.length];
}

async function* rows(claims: Iterable<ExportClaim> | AsyncIterable<ExportClaim>, meta: CsvArticleMeta) {
  let position = 0;
  for await (const claim of claims) yield claimRow(claim, ++position, meta);
}

/**
 * The claims as CSV, streamed: one row per claim as the source yields it (position counts from 1 in that order,
 * which should be document order), so memory stays flat however many claims there are. UTF-8 with a byte-order
 * mark, so Excel reads accents right; CRLF line ends (RFC 4180).
 */
export function createCsvStream(
  claims: Iterable<ExportClaim> | AsyncIterable<ExportClaim>,
  meta: CsvArticleMeta,
): Readable {
  const csv = stringify({ header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: "windows" });
  // pipeline honours backpressure and destroys the output with the source's error, so a consumer sees it.
  return pipeline(Readable.from(rows(claims, meta)), csv, () => {});
}

/** The whole article's claims as one CSV string (BOM included). */
export async function renderCsv(article: ExportArticle): Promise<string> {
  return (await readAll(createCsvStream(inDocumentOrder(article.claims), article))).toString("utf8");
}
