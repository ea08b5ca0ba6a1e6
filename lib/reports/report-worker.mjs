// Worker thread that lays out PDF and DOCX reports, so that a large report (PDF font subsetting and the docx library
// both work synchronously) never holds up the server's event loop. Loaded from the source tree through tsx, which the
// app already depends on. PDF pages are sent back as they are written; a DOCX file in one piece.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
// The project compiles to CommonJS, so a module's exports may arrive under `default`.
const load = async (file, name) => {
  const loaded = await import(file);
  return loaded[name] ?? loaded.default[name];
};
const renderDocx = await load("./render-docx.ts", "renderDocx");
const renderPdf = await load("./render-pdf.ts", "renderPdf");

const send = (id, chunk) => {
  const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength).slice();
  parentPort.postMessage({ id, bytes }, [bytes.buffer]);
};
const fail = (id, error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });

parentPort.on("message", async ({ id, format, article }) => {
  try {
    if (format === "docx") {
      send(id, await renderDocx(article));
      parentPort.postMessage({ id, done: true });
      return;
    }
    const stream = renderPdf(article);
    stream.on("data", (chunk) => send(id, chunk));
    stream.on("end", () => parentPort.postMessage({ id, done: true }));
    stream.on("error", (error) => fail(id, error));
  } catch (error) {
    fail(id, error);
  }
});
