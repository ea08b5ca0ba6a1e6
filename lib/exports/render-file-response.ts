import { csvInTurns } from "./csv-in-turns";
import { sharedRenderPool } from "./render-pool";
import type { RenderJob } from "./render-job";

const isCsv = (job: RenderJob): job is RenderJob & { format: "csv" } => job.format === "csv";

/**
 * The file's size in bytes, for a download's progress bar. Not Content-Length: Next.js drops that header from route
 * handler answers (next/dist/server/send-response.js) and may gzip the body; this counts the bytes as the browser's
 * body reader sees them, after any decompression.
 */
export const FILE_SIZE_HEADER = "X-File-Size";

/**
 * Renders an export and answers it as a file. Reports (PDF, DOCX, HTML, Markdown, JSON-LD) render in the worker
 * pool, so their long synchronous stretches never hold the event loop; CSV streams from this thread in short turns
 * (csv-in-turns.ts). Whole files carry their size; PDF and CSV stream as written. A failure before the first byte
 * rejects, so the caller still answers with a clear error instead of a broken download.
 */
export async function renderFileResponse(job: RenderJob, options: { headers: Headers; signal?: AbortSignal }): Promise<Response> {
  if (isCsv(job)) return new Response(csvInTurns(job), { headers: options.headers });
  const rendered = await sharedRenderPool().run(job, { signal: options.signal });
  if (rendered.length !== undefined) options.headers.set(FILE_SIZE_HEADER, String(rendered.length));
  return new Response(rendered.body, { headers: options.headers });
}
