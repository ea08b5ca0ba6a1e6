import { ExternalHyperlink, Paragraph, TextRun, type IRunOptions } from "docx";
import { isHttpUrl } from "@/lib/notes";

// XML 1.0 forbids most control characters and lone surrogates; one of them in pasted text would make Word
// refuse the whole file, so they are dropped from every run.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that can go into a Word run. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/** A run of user text (always passed through xmlSafe). */
export function run(text: string, options: Omit<IRunOptions, "text" | "children"> = {}): TextRun {
  return new TextRun({ ...options, text: xmlSafe(text) });
}

/** A docx colour: hex digits without "#". */
export const hex = (color: string) => color.replace(/^#/, "").toUpperCase();

/** "Label: value" as one paragraph, label bold. */
export function field(label: string, value: string | (TextRun | ExternalHyperlink)[]): Paragraph {
  const children = typeof value === "string" ? [run(value)] : value;
  return new Paragraph({ children: [run(`${label}: `, { bold: true }), ...children], spacing: { after: 40 } });
}

/** A hyperlink for http(s) addresses only; anything else becomes plain text. */
export function link(label: string, url: string): TextRun | ExternalHyperlink {
  if (!isHttpUrl(url)) return run(label === url ? url : `${label} (${url})`);
  return new ExternalHyperlink({ link: url, children: [run(label, { style: "Hyperlink" })] });
}
