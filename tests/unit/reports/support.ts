// Readers that turn each rendered format back into text, so tests check content rather than bytes.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { inflateRawSync } from "node:zlib";

type Reply = { id: number; text?: string; error?: string };
type Pending = { resolve(text: string): void; reject(error: Error): void };

let reader: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/** The one PDF-reading thread of this test process, started on first use; it keeps the process alive only while busy. */
function pdfReader(): Worker {
  if (reader) return reader;
  const worker = new Worker(path.join(__dirname, "../../support/pdf-text-worker.mjs"));
  worker.on("message", ({ id, text, error }: Reply) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    if (error !== undefined) waiting?.reject(new Error(`reading the PDF failed: ${error}`));
    else waiting?.resolve(text ?? "");
  });
  worker.on("error", (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    reader = undefined;
  });
  worker.unref();
  reader = worker;
  return worker;
}

/**
 * The text of every page of a PDF, pages separated by a form feed, lines by newlines. pdfjs-dist runs in a thread
 * of its own (tests/support/pdf-text-worker.mjs), so the polyfills it installs stay out of the tests' realm.
 */
export function pdfText(pdf: Buffer): Promise<string> {
  const worker = pdfReader();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, data: new Uint8Array(pdf) });
  });
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
