import type { Readable } from "node:stream";

/** Everything a stream yields, as one Buffer (for callers that want a whole file: tests, attachments). */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
