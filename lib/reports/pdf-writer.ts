import type { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { registerFonts, reportFonts, type FontFace, type PdfFonts } from "./pdf-fonts";
import { INK, MUTED_INK } from "./status-colors";

export type PdfWriterOptions = {
  title: string;
  /** Printed at the foot of every page, before the page number. */
  footer: string;
  lang?: string | null;
  /** When the document says it was made (the export time), so the same input gives the same report. */
  createdAt: Date;
  fonts?: PdfFonts;
};

const MARGIN = 50;
const FOOT = 60;

/**
 * A pdfkit document with the report's page furniture and a tracked text style. pdfkit breaks pages itself in
 * the middle of wrapped text, and the footer is drawn at that moment; the tracked style is what lets the footer
 * hand the font and colour back, so the paragraph carries on unchanged on the new page.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: PdfFonts;
  /** Makes user text drawable with this document's fonts. */
  readonly clean: (text: string) => string;
  private current: { face: FontFace; size: number; color: string } = { face: "regular", size: 10, color: INK };
  private pages = 0;
  private wake: (() => void) | null = null;
  private widths = new Map<string, number>();

  constructor(private readonly options: PdfWriterOptions) {
    this.fonts = options.fonts ?? reportFonts();
    this.doc = new PDFDocument({
      size: "A4",
      autoFirstPage: false,
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOT },
      lang: options.lang ?? "en",
      displayTitle: true,
      info: { Title: options.title, Creator: "Factdesk", Producer: "Factdesk", CreationDate: options.createdAt },
    });
    this.clean = registerFonts(this.doc, this.fonts);
    this.doc.on("pageAdded", () => this.drawFooter());
    // pdfkit pushes whatever it writes; its _read is empty. Ours wakes the renderer when the reader wants more.
    (this.doc as unknown as Readable)._read = () => this.resume();
    this.doc.once("close", () => this.resume());
    this.doc.addPage();
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.maxY();
  }

  style(face: FontFace, size: number, color: string = INK): this {
    this.current = { face, size, color };
    this.doc.font(face, size).fillColor(color);
    return this;
  }

  /** The width of `text` in a face and size, remembered: reports measure the same words over and over. */
  measure(text: string, face: FontFace, size: number): number {
    const key = `${face}|${size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.font(face, size).widthOfString(text);
      this.widths.set(key, width);
      this.doc.font(this.current.face, this.current.size);
    }
    return width;
  }

  /** How many pages the document has so far. */
  get pageCount(): number {
    return this.pages;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Draws user text (cleaned for the fonts in use) in the current style. */
  text(text: string, options: PDFKit.Mixins.TextOptions = {}): this {
    this.doc.text(this.clean(text), options);
    return this;
  }

  /**
   * Runs `render` once the caller has had a turn to attach its reader and error handler, then ends the
   * document. Returns the PDF stream; a failure destroys it with the error.
   */
  run(render: () => Promise<void>): Readable {
    const stream = this.doc as unknown as Readable;
    const go = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      await render();
      this.doc.end();
    };
    go().catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
    return stream;
  }

  /**
   * Lets the reader catch up: returns at once while the stream's buffer has room, waits while it is full,
   * and throws once the reader has gone (a closed download need not be rendered to the end).
   */
  async flow(): Promise<void> {
    const stream = this.doc as unknown as Readable;
    if (stream.destroyed) throw new Error("PDF stream closed before the report was complete");
    if (stream.readableLength < stream.readableHighWaterMark) return new Promise((resolve) => setImmediate(resolve));
    await new Promise<void>((resolve) => (this.wake = resolve));
    if (stream.destroyed) throw new Error("PDF stream closed before the report was complete");
  }

  private resume(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private drawFooter(): void {
    this.pages += 1;
    const { doc } = this;
    const { x, y } = doc;
    const footY = doc.page.height - FOOT + 24;
    doc.font("regular", 8).fillColor(MUTED_INK);
    doc.text(this.clean(`${this.options.footer} · page ${this.pages}`), this.left, footY, { lineBreak: false });
    doc.font(this.current.face, this.current.size).fillColor(this.current.color);
    doc.x = x;
    doc.y = y;
  }
}
