import { normalizeDate } from "../dates";

export type PageMetadata = {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  language: string | null;
  siteName: string | null;
};

const clean = (value: string | null | undefined): string | null => {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text ? text : null;
};

function meta(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = clean(doc.querySelector(selector)?.getAttribute("content"));
    if (value) return value;
  }
  return null;
}

type JsonObject = { [key: string]: unknown };
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every object in the page's JSON-LD blocks, flattened through arrays and @graph. */
function jsonLdObjects(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      found.push(value);
      if (value["@graph"]) visit(value["@graph"]);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // a malformed block is common and harmless: other sources of metadata remain
    }
  }
  return found;
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  return isObject(value) && typeof value.name === "string" ? clean(value.name) : null;
}

/**
 * Metadata from the page head, read before Readability alters the document: the fallbacks for what Readability does
 * not find (meta tags, JSON-LD datePublished/author/publisher, <html lang>, og:locale).
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const ld = jsonLdObjects(doc);
  const ldValue = (key: string): unknown => ld.find((o) => o[key] !== undefined)?.[key];
  const ldDate = ldValue("datePublished");
  const timeElement = doc.querySelector("time[pubdate][datetime], time[itemprop~='datePublished'][datetime]");
  const published =
    meta(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dcterms.created"]',
      'meta[name="parsely-pub-date"]',
      'meta[name="sailthru.date"]',
    ]) ??
    (typeof ldDate === "string" ? ldDate : null) ??
    clean(timeElement?.getAttribute("datetime"));
  const author = meta(doc, ['meta[name="author"]', 'meta[name="byl"]', 'meta[name="sailthru.author"]']);
  const locale = meta(doc, ['meta[property="og:locale"]']);
  return {
    title: meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? clean(doc.title),
    byline: author && !/^https?:/i.test(author) ? author : nameOf(ldValue("author")),
    publishedAt: normalizeDate(published),
    language:
      clean(doc.documentElement.getAttribute("lang")) ??
      meta(doc, ['meta[http-equiv="content-language" i]']) ??
      (locale ? locale.replace("_", "-") : null),
    siteName:
      meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? nameOf(ldValue("publisher")),
  };
}
