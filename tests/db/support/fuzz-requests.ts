/**
 * Requests for the route handlers: the matrix's valid request taken apart (method, URL, headers, body, path params),
 * then fuzzed in its JSON body, query string, path params, Content-Type and raw bytes, and put back together.
 */
import fc from "fast-check";
import { badIdFor, numberLikeString, unicodeVariantOf } from "./fuzz-strings";
import { arbitraryInput, mutationsOf, unicodeOf } from "./fuzz-values";
import { spansOf } from "./fuzz-spans";

export type RequestCase = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** The route's path params, as Next.js would pass them (decoded); undefined for a route without a context. */
  params?: Record<string, string>;
};

const ORIGIN = "http://localhost:3000";
const hasBody = (method: string) => method !== "GET" && method !== "HEAD";

/** Takes the matrix's request apart, so that each fuzzed run can build a fresh one. */
export async function caseOf(args: unknown[]): Promise<RequestCase> {
  const [request, context] = args as [Request, { params?: Promise<Record<string, string>> } | undefined];
  const headers = Object.fromEntries(request.headers.entries());
  // A browser names the page's origin on every POST; the CSRF check of cookie-authenticated routes wants it.
  if (hasBody(request.method)) headers.origin = ORIGIN;
  const text = hasBody(request.method) ? await request.text() : "";
  return { method: request.method, url: request.url, headers, body: text === "" ? undefined : text, params: context?.params ? await context.params : undefined };
}

export function requestArgs(c: RequestCase, signal: AbortSignal): unknown[] {
  const init: RequestInit = { method: c.method, headers: c.headers, signal };
  if (c.body !== undefined && hasBody(c.method)) init.body = c.body as BodyInit;
  const request = new Request(c.url, init);
  return c.params === undefined ? [request] : [request, { params: Promise.resolve(c.params) }];
}

/** The case with another JSON body (undefined: no body at all), its Content-Type kept. */
function withJson(c: RequestCase, value: unknown): RequestCase {
  if (value === undefined) return { ...c, body: undefined };
  try {
    return { ...c, body: JSON.stringify(value) };
  } catch {
    // Too deep for V8's recursive JSON.stringify: send JSON nested as deep, written out directly.
    return { ...c, body: `${"[".repeat(10_000)}${"]".repeat(10_000)}` };
  }
}

function withQuery(c: RequestCase, edit: (params: URLSearchParams) => void, rawSuffix = ""): RequestCase {
  const url = new URL(c.url);
  edit(url.searchParams);
  return { ...c, url: url.search === "" && rawSuffix ? `${url.href}?${rawSuffix.slice(1)}` : url.href + rawSuffix };
}

function jsonBodyOf(c: RequestCase): unknown {
  if (typeof c.body !== "string") return undefined;
  try {
    return JSON.parse(c.body) as unknown;
  } catch {
    return undefined;
  }
}

const QUERY_KEYS = ["format", "limit", "cursor", "q", "status", "since", "connection", "from", "to", "notes", "assignee", "includeDeleted", "updatedSince", "__proto__", "constructor"];
// Bytes no UTF-8 decoder accepts (a CESU-8 surrogate, a lone continuation byte, 0xFF), a NUL, a broken escape.
const RAW_QUERY = ["&x=%ED%A0%80", "&x=%80", "&x=%FF%FE", "&x=%00", "&x=%", "&x=%zz", "&&&==&", "&format=csv&format=pdf", "&a[b]=1&a[c]=2"];

function queryMutations(c: RequestCase): fc.Arbitrary<RequestCase> {
  const keys = [...new URL(c.url).searchParams.keys()];
  const value = fc.oneof(numberLikeString, badIdFor("value"), fc.constantFrom("-1", "0", "101", "1e3", "2026-13-45", "9999-12-31", "x".repeat(100_000)));
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys, ...QUERY_KEYS), value).map(([key, v]) => withQuery(c, (params) => params.set(key, v))),
    fc.constantFrom(...RAW_QUERY).map((raw) => withQuery(c, () => undefined, raw)),
    ...(keys.length > 0 ? [fc.constantFrom(...keys).map((key) => withQuery(c, (params) => params.delete(key)))] : []),
  );
}

function paramMutations(c: RequestCase, unicode: boolean): fc.Arbitrary<RequestCase> | null {
  const keys = Object.keys(c.params ?? {});
  if (keys.length === 0) return null;
  return fc.constantFrom(...keys).chain((key) => {
    const valid = c.params![key];
    return (unicode ? unicodeVariantOf(valid) : badIdFor(valid)).map((value) => ({ ...c, params: { ...c.params, [key]: value } }));
  });
}

/** Family (a): a wrong field in the body, a wrong query value, or a wrong path param. */
export function requestMutations(c: RequestCase): fc.Arbitrary<RequestCase> {
  const body = jsonBodyOf(c);
  const options: fc.Arbitrary<RequestCase>[] = [queryMutations(c)];
  if (body !== undefined) options.push(mutationsOf(body, true).map((value) => withJson(c, value)), mutationsOf(body, true).map((value) => withJson(c, value)));
  const params = paramMutations(c, false);
  if (params) options.push(params);
  return fc.oneof(...options);
}

/** Family (b): Unicode hazards in body strings, query values (as text and as raw bytes) and path params. */
export function requestUnicode(c: RequestCase): fc.Arbitrary<RequestCase> {
  const body = jsonBodyOf(c);
  const keys = [...new URL(c.url).searchParams.keys()];
  const options: fc.Arbitrary<RequestCase>[] = [fc.constantFrom(...RAW_QUERY.slice(0, 4)).map((raw) => withQuery(c, () => undefined, raw))];
  if (body !== undefined) options.push(unicodeOf(body).map((value) => withJson(c, value)), unicodeOf(body).map((value) => withJson(c, value)));
  if (keys.length > 0) {
    options.push(fc.constantFrom(...keys).chain((key) => unicodeVariantOf(new URL(c.url).searchParams.get(key)!).map((v) => withQuery(c, (params) => params.set(key, v)))));
  }
  const params = paramMutations(c, true);
  if (params) options.push(params, params);
  return fc.oneof(...options);
}

const MALFORMED: (string | Uint8Array)[] = [
  "{",
  '{"source":',
  "[1,2",
  "nul",
  "{'a':1}",
  '{"a":1,}',
  "\uFEFF{}",
  " ",
  "1e400",
  '"just a string"',
  "null",
  '{"a":1,"a":2}',
  '{"__proto__":{"polluted":"fuzz"},"constructor":{"prototype":{"polluted":"fuzz"}}}',
  `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
  '{"a":"\u0000"}',
  new Uint8Array([0xff, 0xfe, 0xfd]),
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x22, 0x7d]), // {"a":"<truncated UTF-8>"}
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), // {"a":"<CESU-8 surrogate>"}
];

const CONTENT_TYPES = [null, "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "APPLICATION/JSON", "application/vnd.api+json", "application/jsonp", "application/json; charset=utf-16", ""];

function withContentType(c: RequestCase, type: string | null): RequestCase {
  const headers = { ...c.headers };
  delete headers["content-type"];
  if (type !== null) headers["content-type"] = type;
  return { ...c, headers };
}

/** A body of `size` bytes shaped like the valid one: its longest string (or an extra key) stretched to fit. */
function oversized(c: RequestCase, size: number): RequestCase {
  const body = jsonBodyOf(c);
  const text = JSON.stringify(body ?? {});
  const filler = "a".repeat(Math.max(0, size - text.length));
  if (typeof body === "object" && body !== null) return withJson(c, { ...(body as object), padding: filler });
  return { ...c, body: JSON.stringify({ padding: filler }) };
}

/** Family (c): any JSON as the body, broken JSON bytes, the wrong Content-Type, an oversized body or a lying length. */
export function requestArbitrary(c: RequestCase): fc.Arbitrary<RequestCase> {
  const params = paramMutations(c, true);
  const arbitraryQuery = fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 5 }).map((extra) =>
    withQuery(c, (query) => Object.entries(extra).forEach(([key, value]) => query.append(key, value))),
  );
  if (!hasBody(c.method)) return fc.oneof(arbitraryQuery, ...(params ? [params] : []));
  const json = withContentType(c, c.headers["content-type"] ?? "application/json");
  return fc.oneof(
    arbitraryInput(true).map((value) => withJson(json, value)),
    fc.constantFrom(...MALFORMED).map((body) => ({ ...json, body })),
    fc.constantFrom(...CONTENT_TYPES).map((type) => withContentType(c, type)),
    fc.constant(withContentType({ ...c, body: `------fuzz\r\nContent-Disposition: form-data; name="json"\r\n\r\n${c.body ?? "{}"}\r\n------fuzz--\r\n` }, "multipart/form-data; boundary=----fuzz")),
    fc.constantFrom(256 * 1024 + 1, 2 * 1024 * 1024, 7 * 1024 * 1024).map((size) => oversized(json, size)),
    fc.constant({ ...json, headers: { ...json.headers, "content-length": "999999999" } }),
    arbitraryQuery,
  );
}

/** Family (spans): the body's start and end at character edges of the article text; null when it has no span. */
export function requestSpans(c: RequestCase, text: string): fc.Arbitrary<RequestCase> | null {
  const body = jsonBodyOf(c);
  const spans = body === undefined ? null : spansOf(body, text);
  return spans && spans.map((value) => withJson(c, value));
}
