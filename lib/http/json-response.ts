/** Answers under this many bytes are sent as they are: the `compression` package's own threshold. */
const SMALL_ANSWER_BYTES = 1024;

/**
 * A JSON answer that small answers (a claim, an error) mark `Cache-Control: no-transform`, which the server's
 * compression honours: zipping a few hundred bytes cost more CPU than it saved on the wire (scripts/serve.mjs,
 * README performance). Next drops a route's Content-Length, so the size cannot tell the compression itself.
 */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const text = JSON.stringify(body);
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json");
  if (Buffer.byteLength(text, "utf8") < SMALL_ANSWER_BYTES) {
    headers.set("Cache-Control", [headers.get("Cache-Control"), "no-transform"].filter(Boolean).join(", "));
  }
  return new Response(text, { ...init, headers });
}
