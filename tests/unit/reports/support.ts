// Readers that turn each rendered format back into text, so tests check content rather than bytes.
import { inflateRawSync } from "node:zlib";
import { nativeModule } from "../../support/native-modules";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/**
 * The text of every page of a PDF, pages separated by a form feed, lines by newlines. pdfjs-dist ships only
 * as ES modules, so Node's own loader loads it (tests/support/native-modules.ts).
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = nativeModule("pdfjs-dist/legacy/build/pdf.mjs") as PdfJs;
  // pdfjs checks `instanceof Uint8Array` in its own realm, which is not Jest's: build the array from Buffer's
  // parent class, the Uint8Array of the realm that Node's modules (pdfjs among them) run in.
  const NodeUint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
  const doc = await pdfjs.getDocument({ data: new NodeUint8Array(pdf), verbosity: 0, disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await doc.destroy();
  return pages.join("\f");
}

/** Collapses runs of whitespace (line wraps, page breaks) to one space, as a reader would see the words. */
export const flat = (text: string) => text.replace(/\s+/g, " ").trim();

/** The entries of a zip archive (a .docx), read with zlib: stored and deflated entries, as Word files use. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd === -1) throw new Error("not a zip archive");
  let at = zip.readUInt32LE(eocd + 16); // start of the central directory
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const XML_ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };

/** A .docx body as text: one line per paragraph, the text of its runs joined. */
export function docxText(docx: Buffer): { text: string; xml: string } {
  const xml = unzip(docx).get("word/document.xml")?.toString("utf8");
  if (!xml) throw new Error("word/document.xml missing");
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const text = paragraphs
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .map((line) => line.replace(/&(lt|gt|quot|apos|amp);/g, (e) => XML_ENTITIES[e]))
    .join("\n");
  return { text, xml };
}
