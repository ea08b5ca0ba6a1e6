/**
 * A lean HTTP/1.1 client for the load generator: node:http over kept-alive sockets, one per client, like autocannon's
 * connections. The load generator shares this machine's two cores with the web server and the database, so every
 * millisecond it spends per request is taken from what it measures. With global fetch (undici) it used about 0.9 ms of
 * CPU per write, with this about 0.3 ms (`npm run bench -- server-writes`, its "CPU per write" line). Answers are
 * decoded as a browser's would be, so the server still sees an Accept-Encoding and does the same work as for fetch.
 */
import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

export type HttpAnswer = { status: number; text: string };

const agents = new Map<string, http.Agent>();

/** One keep-alive agent per origin, with room for every client's socket at once (the benchmark's 50). */
function agentFor(origin: string): http.Agent {
  let agent = agents.get(origin);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 64 });
    agents.set(origin, agent);
  }
  return agent;
}

function decode(body: Buffer, encoding: string | undefined): string {
  if (encoding === "br") return brotliDecompressSync(body).toString("utf8");
  if (encoding === "gzip") return gunzipSync(body).toString("utf8");
  if (encoding && encoding !== "identity") throw new Error(`The server answered with an encoding this client does not read: ${encoding}`);
  return body.toString("utf8");
}

/** Sends one request with a body and reads the whole answer. Network errors reject, like fetch. */
export function httpRequest(url: string, options: { method: string; headers: Record<string, string>; body: string }): Promise<HttpAnswer> {
  const target = new URL(url);
  const body = Buffer.from(options.body, "utf8");
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method,
        agent: agentFor(target.origin),
        headers: { "Accept-Encoding": "br, gzip", ...options.headers, "Content-Length": String(body.length) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          try {
            resolve({ status: response.statusCode ?? 0, text: decode(Buffer.concat(chunks), response.headers["content-encoding"]) });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** Closes the kept-alive sockets, so a finished benchmark leaves no handle open. */
export function closeHttpClients(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}
