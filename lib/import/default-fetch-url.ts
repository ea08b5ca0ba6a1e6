import { ImportError, formatMegabytes } from "./errors";
import { parseHttpUrl } from "./import-url";
import { FETCH_TIMEOUT_MS, MAX_IMPORT_BYTES, MAX_REDIRECTS } from "./limits";
import { isPrivateAddress } from "./private-address";
import type { FetchedPage } from "./types";

const HEADERS = {
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
  "user-agent": "Factdesk/0.1 (article import for fact-checking)",
};

/**
 * Fetches a page for import with global fetch: redirects followed by hand (at most MAX_REDIRECTS, each target
 * checked again), one timeout for the whole exchange, and the body read as a stream that is cut off past the size cap,
 * so a huge or endless response never fills memory. Private and local addresses are refused.
 */
export async function defaultFetchUrl(address: string): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let url = parseHttpUrl(address);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (isPrivateAddress(url)) {
      throw new ImportError("INVALID_URL", "Factdesk does not fetch addresses on private or local networks. Paste the article text instead.");
    }
    const response = await fetch(url, { redirect: "manual", signal, headers: HEADERS });
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = parseHttpUrl(new URL(location, url).href);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ImportError(
        "FETCH_FAILED",
        `The site answered "${response.status} ${response.statusText}". Check the address, or copy the article text from your browser and paste it.`,
      );
    }
    return { body: await readCapped(response), contentType: response.headers.get("content-type"), finalUrl: url.href };
  }
  throw new ImportError("FETCH_FAILED", "The page redirected too many times. Open it in your browser, copy the article text and paste it.");
}

async function readCapped(response: Response): Promise<Uint8Array> {
  const tooLarge = () =>
    new ImportError("TOO_LARGE", `The page is larger than ${formatMegabytes(MAX_IMPORT_BYTES)}; Factdesk imports pages up to ${formatMegabytes(MAX_IMPORT_BYTES)}.`);
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > MAX_IMPORT_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
