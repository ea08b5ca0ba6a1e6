import { Readable } from "node:stream";
import { toClaimReviews } from "@/lib/exports/claimreview/to-claim-reviews";
import { toWebAnnotations, WEB_ANNOTATION_MEDIA_TYPE } from "@/lib/exports/w3c/to-web-annotations";
import { createCsvStream } from "@/lib/reports/render-csv";
import { renderDocx } from "@/lib/reports/render-docx";
import { renderPdf } from "@/lib/reports/render-pdf";
import { renderHtml } from "@/lib/reports/render-html";
import { renderMarkdown } from "@/lib/reports/render-markdown";
import type { ExportArticle } from "./export-model";

export const EXPORT_FORMATS = ["pdf", "html", "md", "docx", "csv", "w3c", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Body = string | Buffer | Readable;

type FormatSpec = {
  /** What the download button says. */
  label: string;
  contentType: string;
  extension: string;
  /** Whether the browser should save it (attachment) or may show it (inline). */
  attachment: boolean;
  render: (article: ExportArticle) => Body | Promise<Body>;
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Every export Factdesk offers, by the `format` name used in its URL. */
export const FORMAT_SPECS: Record<ExportFormat, FormatSpec> = {
  pdf: { label: "PDF report", contentType: "application/pdf", extension: "pdf", attachment: true, render: (a) => renderPdf(a) },
  html: { label: "Web page (printable)", contentType: "text/html; charset=utf-8", extension: "html", attachment: true, render: renderHtml },
  md: { label: "Markdown", contentType: "text/markdown; charset=utf-8", extension: "md", attachment: true, render: renderMarkdown },
  docx: {
    label: "Word document",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    attachment: true,
    render: renderDocx,
  },
  csv: { label: "Spreadsheet (CSV)", contentType: "text/csv; charset=utf-8", extension: "csv", attachment: true, render: (a) => createCsvStream(a.claims, a) },
  w3c: {
    label: "W3C Web Annotations",
    contentType: WEB_ANNOTATION_MEDIA_TYPE,
    extension: "jsonld",
    attachment: true,
    render: (a) => json(toWebAnnotations([a])),
  },
  claimreview: { label: "ClaimReview (schema.org)", contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld", attachment: true, render: (a) => json(toClaimReviews([a])) },
};

/** A file name a person recognises: the article's title, its version, what it is. */
export function exportFileName(article: Pick<ExportArticle, "title" | "version">, format: ExportFormat): string {
  const slug = article.title.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-").toLowerCase().slice(0, 60) || "article";
  return `${slug}-v${article.version.number}-review.${FORMAT_SPECS[format].extension}`;
}
