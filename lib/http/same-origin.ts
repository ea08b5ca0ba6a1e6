/**
 * CSRF protection for cookie-authenticated route handlers. A browser attaches the session cookie to any request to
 * this site, including one another site makes it send (a form post, a fetch); such a request carries the other site
 * in Origin, or says "cross-site" in Sec-Fetch-Site. Reading requests (GET, HEAD, OPTIONS) change nothing and pass.
 *
 * Server actions need none of this: Next.js compares their Origin with Host / X-Forwarded-Host itself, and
 * next.config.js does not widen that with serverActions.allowedOrigins.
 */
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_SITE_MESSAGE =
  "This request came from another website, so it was refused to protect your account. Reload Factdesk and try again from its own pages.";

/** Throws AppError FORBIDDEN unless the request is a read, or provably comes from a page of this site. */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", CROSS_SITE_MESSAGE);
}

/** Origin first; without it, Sec-Fetch-Site; without both, Referer. A request with none of them is refused. */
export function isSameOrigin(request: Request): boolean {
  const headers = request.headers;
  const origin = headers.get("origin");
  if (origin !== null) return isOurOrigin(origin, request);
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null) return fetchSite === "same-origin";
  const referer = headers.get("referer");
  if (referer !== null) return isOurOrigin(referer, request);
  return false;
}

function isOurOrigin(value: string, request: Request): boolean {
  let url: URL;
  try {
    url = new URL(value); // "null" (an opaque origin, e.g. a sandboxed frame) does not parse, and is refused
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (ourOrigins(request).has(url.origin)) return true;
  // Behind a proxy the request's own URL may name the internal address; the Host the browser used is what counts.
  // (A page on another site cannot set Host or X-Forwarded-Host on a request it makes a browser send.)
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwardedHost || request.headers.get("host");
  return host !== null && host !== "" && url.host === host.toLowerCase();
}

function ourOrigins(request: Request): Set<string> {
  const origins = new Set<string>();
  const configured = env().NEXTAUTH_URL;
  if (configured) {
    try {
      origins.add(new URL(configured).origin);
    } catch {
      // An unparsable NEXTAUTH_URL fails elsewhere, loudly; here it simply matches nothing.
    }
  }
  try {
    origins.add(new URL(request.url).origin);
  } catch {
    // A relative request URL (only in hand-made test requests) has no origin to compare.
  }
  return origins;
}
