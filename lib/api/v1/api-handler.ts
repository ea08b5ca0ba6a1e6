/**
 * Turns an endpoint description into a Next.js route handler: token → rate limit → parse path, query and body with
 * the endpoint's zod schemas → the endpoint's handler (which authorizes through `authorizeCaller` and calls lib/)
 * → JSON, or the JSON error of whatever was refused.
 */
import { AppError } from "@/lib/errors/app-error";
import { resolveAccessToken } from "@/lib/tokens/resolve-access-token";
import { apiErrorResponse } from "./api-error-response";
import { bearerToken } from "./bearer-token";
import type { HttpMethod } from "./define-endpoint";
import { parseInput, queryObject } from "./parse-input";
import { RateLimiter } from "./rate-limit";
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from "./read-json-body";
import { findEndpoint } from "./registry";
import { jsonResponse } from "@/lib/http/json-response";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

// One limiter per process, kept on globalThis so dev reloads do not reset it.
const limiter: RateLimiter = ((globalThis as { __factdeskApiLimiter?: RateLimiter }).__factdeskApiLimiter ??= new RateLimiter());

export function apiHandler(method: HttpMethod, path: string) {
  const endpoint = findEndpoint(method, path);
  return async function handler(request: Request, context: RouteContext): Promise<Response> {
    const rateHeaders = new Headers();
    try {
      const caller = await resolveAccessToken(bearerToken(request));
      const decision = limiter.take(caller.tokenId);
      if (!decision.allowed) {
        rateHeaders.set("Retry-After", String(decision.retryAfterSeconds));
        throw new AppError("RATE_LIMITED", `Too many requests with this token. Wait ${decision.retryAfterSeconds} s and try again; scripts should pace themselves.`);
      }
      rateHeaders.set("X-RateLimit-Remaining", String(decision.remaining));
      const url = new URL(request.url);
      const params = endpoint.params ? parseInput(endpoint.params, await context.params, "path") : undefined;
      const query = endpoint.query ? parseInput(endpoint.query, queryObject(url), "query") : undefined;
      const body = endpoint.body ? parseInput(endpoint.body, await readJsonBody(request, endpoint.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES), "body") : undefined;
      const result = await endpoint.handle({ caller, params, query, body, request, origin: url.origin });
      if (result instanceof Response) {
        rateHeaders.forEach((value, key) => result.headers.set(key, value));
        return result;
      }
      rateHeaders.set("Cache-Control", "no-store");
      return jsonResponse(result, { status: endpoint.response.status, headers: rateHeaders });
    } catch (error) {
      return apiErrorResponse(error, rateHeaders);
    }
  };
}
