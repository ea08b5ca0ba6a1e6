/** The export formats as editors see them; the names match `format=` in the export URL. */
export const EXPORT_FORMAT_LABELS = {
  pdf: { label: "PDF report", description: "For the desk: summary, chart, every claim, and the article with highlights." },
  html: { label: "Web page", description: "The same report as one printable page." },
  docx: { label: "Word document", description: "The report, to edit or comment on in Word." },
  md: { label: "Markdown", description: "The report as plain text with light formatting." },
  csv: { label: "Spreadsheet (CSV)", description: "One row per claim, for Excel or Sheets." },
  w3c: { label: "W3C Web Annotations", description: "Machine-readable annotations (JSON-LD) other annotation tools can load." },
  claimreview: { label: "ClaimReview", description: "schema.org ClaimReview (JSON-LD) for claims with a verdict, for search engines and fact-check databases." },
} as const;

export type ExportFormatName = keyof typeof EXPORT_FORMAT_LABELS;
