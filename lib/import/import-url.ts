import { decodeBytes } from "./decode-bytes";
import { ImportError, tooLargeBytes } from "./errors";
import { importHtml } from "./import-html";
import { importPlainText } from "./import-text";
import { MAX_IMPORT_BYTES } from "./limits";
import type { FetchUrl, ImportedArticle } from "./types";

/** Parses an address the editor typed; only http and https are imported. */
export function parseHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ImportError("INVALID_URL", "That is not a web address. Enter the full address of the article, starting with https://");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ImportError("INVALID_URL", "Only web addresses starting with http:// or https:// can be imported.");
  }
  return url;
}

/** Fetches a web page through the given fetcher and imports it as a whole page. */
export async function importUrl(address: string, fetchUrl: FetchUrl): Promise<ImportedArticle> {
  const url = parseHttpUrl(address);
  let page;
  try {
    page = await fetchUrl(url.href);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw new ImportError(
      "FETCH_FAILED",
      `${timedOut ? "The site took too long to answer." : "Factdesk could not fetch that page."} Check the address, or open the page in your browser, copy the article text and paste it.`,
      { cause: error },
    );
  }
  if (page.body.byteLength > MAX_IMPORT_BYTES) throw tooLargeBytes(page.body.byteLength, "page");
  const mime = (page.contentType ?? "").split(";")[0].trim().toLowerCase();
  const finalUrl = parseHttpUrl(page.finalUrl || url.href).href;
  if (mime === "text/plain") {
    const { text, warnings } = decodeBytes(page.body, { contentType: page.contentType, html: false });
    return { ...importPlainText(text, { warnings, emptyAs: "input" }), sourceUrl: finalUrl };
  }
  if (mime && mime !== "text/html" && mime !== "application/xhtml+xml") {
    throw new ImportError(
      "UNSUPPORTED_TYPE",
      `That address serves ${mime}, not a web page. Open it, copy the article text and paste it into Factdesk.`,
    );
  }
  const { text, warnings } = decodeBytes(page.body, { contentType: page.contentType, html: true });
  return importHtml({ html: text, url: finalUrl, wholePage: true, warnings, emptyAs: "page" });
}
