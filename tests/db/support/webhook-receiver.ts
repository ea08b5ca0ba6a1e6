/**
 * A local HTTP server standing in for a team's webhook receiver. What it answers depends on the first segment of the
 * path, so each test picks a behaviour through its webhook's address: /ok/…, /flaky/… (500 once, then 200),
 * /down/… (always 500), /slow/… (200 after a second), /redirect/… (302 elsewhere).
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = { path: string; method: string; headers: IncomingHttpHeaders; body: string };

export type WebhookReceiver = { baseUrl: string; received: ReceivedRequest[]; close: () => Promise<void> };

type Answer = { status: number; delayMs?: number; body?: string; headers?: Record<string, string> };

function answerFor(kind: string, nth: number): Answer {
  switch (kind) {
    case "flaky":
      return nth === 1 ? { status: 500, body: "Internal Server Error\n\tat handler (receiver.js:1)" } : { status: 200 };
    case "down":
      return { status: 500, body: "down for maintenance" };
    case "slow":
      return { status: 200, delayMs: 1000 };
    case "quick":
      return { status: 200, delayMs: 30 };
    case "redirect":
      return { status: 302, headers: { Location: "http://127.0.0.1:1/elsewhere" } };
    default:
      return { status: 200, body: "thanks" };
  }
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ path, method: request.method ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const nth = received.filter((each) => each.path === path).length;
      const answer = answerFor(path.split("/")[1] ?? "", nth);
      const timer = setTimeout(() => {
        if (response.destroyed) return;
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body ?? "");
      }, answer.delayMs ?? 0);
      response.on("close", () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
