// The production web server: Next's own request handler behind Node's http server, as `next start` runs it, with
// one difference. Next gzips every answer it streams, however small, and a server action's answer is always streamed:
// gzip then cost about a fifth of the web server's CPU per claim write, to shrink a few hundred bytes
// (README, performance). Here compression is ours (next.config.js sets `compress: false`): the `compression` package
// Next bundles, in a newer version that also speaks brotli (quality 4) to browsers that take it, with the same rules,
// except that server action answers go out as they are. Pages, scripts and exports still go out compressed.
//
// Usage: node scripts/serve.mjs --port 3000 [--host 127.0.0.1]
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import compression from "compression";

// Before Next and React load: they pick their production builds by it (`next start` sets it the same way).
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, host: { type: "string" } } });
const port = Number(values.port);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const app = next({ dev: false, dir: root, hostname: values.host ?? "localhost", port });
const handle = app.getRequestHandler();
const compress = compression({
  // A server action's request carries its id in this header; its answer is a small stream of React data.
  filter: (request, response) => !request.headers["next-action"] && compression.filter(request, response),
});

await app.prepare();
const server = createServer((request, response) => compress(request, response, () => void handle(request, response)));
server.listen(port, values.host, () => console.log(`[factdesk] Web server listening on ${values.host ?? "all interfaces"}, port ${port}.`));

// Stop accepting, let running requests finish, then let Next close its own handles.
let stopping = false;
// The exit code says which signal stopped it (128 + its number), as a process killed by it would.
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void app.close().finally(() => process.exit(code)));
    server.closeIdleConnections();
    // Live-update streams never end on their own: do not wait on them for long.
    setTimeout(() => process.exit(code), 5_000).unref();
  });
}
