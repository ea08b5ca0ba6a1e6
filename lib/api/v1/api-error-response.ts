import { toFailure } from "@/lib/actions/result";
import { ERROR_STATUS } from "@/lib/errors/app-error";
import { jsonResponse } from "@/lib/http/json-response";

/**
 * The API's error body: `{ code, message }`, plus `field` (the first input field at fault) and `fields` for invalid
 * input, and `details` where the caller can act on them (the current claim on a version conflict). Codes are stable;
 * messages are for people. Unknown errors are logged and answered without internals.
 */
export function apiErrorResponse(error: unknown, headers: HeadersInit = {}): Response {
  const failure = toFailure(error);
  const status = failure.code === "INTERNAL" ? 500 : ERROR_STATUS[failure.code];
  const field = failure.fields ? Object.keys(failure.fields)[0] : undefined;
  const body = { code: failure.code, message: failure.message, ...(field ? { field, fields: failure.fields } : {}), ...(failure.details ? { details: failure.details } : {}) };
  const extra = new Headers(headers);
  extra.set("Cache-Control", "no-store");
  if (status === 401) extra.set("WWW-Authenticate", 'Bearer realm="factdesk"');
  return jsonResponse(body, { status, headers: extra });
}
