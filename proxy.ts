/**
 * Next.js 16 Proxy (formerly middleware): gives every page response a fresh CSP nonce. Next.js reads the nonce from
 * the request's Content-Security-Policy header and stamps it on the scripts it emits. The other security headers,
 * and the policy of API responses, are static and live in next.config.js.
 */
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";

const HSTS = "max-age=31536000; includeSubDomains";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  // Read per request, not at build time: the same build may be served over http locally and https in production.
  const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not API routes (next.config.js gives them their own policy), nor build assets.
      source: "/((?!api/|_next/static/|_next/image|favicon.ico|icon.svg).*)",
      // Nor server action calls: their answer is React's data stream, never HTML, so no script in it takes a nonce,
      // and skipping the proxy saves every review keystroke a pass through it (issue 8).
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
