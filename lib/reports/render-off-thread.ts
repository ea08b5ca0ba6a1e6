import path from "node:path";
import { PassThrough, type Readable } from "node:stream";
import { Worker } from "node:worker_threads";
import type { ExportArticle } from "@/lib/exports/export-model";
import { readAll } from "./read-all";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";

type Reply = { id: number; bytes?: Uint8Array; done?: true; error?: string };
type Job = { out: PassThrough };

/**
 * One long-lived worker per process lays out PDF and DOCX reports, one after another, while this thread keeps
 * answering requests. Started on first use; if it cannot start (a deployment without the source tree), reports are
 * laid out in this thread instead: slower for everyone else, but the export still works.
 */
class ReportWorker {
  private worker: Worker | null = null;
  private unavailable = false;
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();

  /** The report as a stream; null when no worker could be started. */
  render(format: "pdf" | "docx", article: ExportArticle): Readable | null {
    const worker = this.start();
    if (!worker) return null;
    const id = this.nextId++;
    const out = new PassThrough();
    this.jobs.set(id, { out });
    worker.postMessage({ id, format, article });
    return out;
  }

  private start(): Worker | null {
    if (this.worker || this.unavailable) return this.worker;
    // process.cwd(), not __dirname: inside the server bundle __dirname is the bundle's folder, not lib/reports.
    const file = path.join(process.cwd(), "lib", "reports", "report-worker.mjs");
    try {
      // Turbopack bundles worker files it can see; this one runs from the source tree through tsx, so it must not.
      const worker = new Worker(/* turbopackIgnore: true */ /* webpackIgnore: true */ file);
      worker.unref();
      worker.on("message", (reply: Reply) => this.receive(reply));
      worker.on("error", (error) => this.failAll(error));
      worker.on("exit", () => {
        this.worker = null;
        this.failAll(new Error("The report worker stopped"));
      });
      this.worker = worker;
    } catch (error) {
      this.unavailable = true;
      console.warn("[factdesk] reports are laid out in the main thread: the report worker could not start", error);
    }
    return this.worker;
  }

  private receive({ id, bytes, done, error }: Reply): void {
    const job = this.jobs.get(id);
    if (!job) return;
    if (bytes) job.out.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (done || error) this.jobs.delete(id);
    if (done) job.out.end();
    if (error) job.out.destroy(new Error(error));
  }

  private failAll(error: Error): void {
    for (const job of this.jobs.values()) job.out.destroy(error);
    this.jobs.clear();
  }
}

const shared: ReportWorker = ((globalThis as { __factdeskReportWorker?: ReportWorker }).__factdeskReportWorker ??= new ReportWorker());

/** The PDF report laid out in the worker thread, streamed as its pages arrive. */
export function renderPdfOffThread(article: ExportArticle): Readable {
  return shared.render("pdf", article) ?? renderPdf(article);
}

/** The DOCX report built in the worker thread. */
export async function renderDocxOffThread(article: ExportArticle): Promise<Buffer> {
  const stream = shared.render("docx", article);
  return stream ? readAll(stream) : renderDocx(article);
}
