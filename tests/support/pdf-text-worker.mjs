// Reads the text of PDFs for the tests, in a worker thread of its own. pdfjs-dist's legacy build installs
// polyfills (a global `Iterator` among them) on the global object of the realm that loads it; loaded in a Jest
// worker's own realm, that leaked into every later test file of the worker, and jsdom then failed to start there
// ("Iterator is not defined"). A thread keeps those globals to itself.
import { parentPort } from "node:worker_threads";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

async function textOf(data) {
  const doc = await pdfjs.getDocument({ data, verbosity: 0, disableFontFace: true }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    }
    return pages.join("\f");
  } finally {
    await doc.destroy();
  }
}

parentPort.on("message", async ({ id, data }) => {
  try {
    parentPort.postMessage({ id, text: await textOf(data) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
