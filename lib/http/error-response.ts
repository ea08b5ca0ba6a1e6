import { toFailure } from "@/lib/actions/result";
import { ERROR_STATUS } from "@/lib/errors/app-error";
import { jsonResponse } from "@/lib/http/json-response";

/** A route handler's answer to a thrown error: the AppError's status and message, or a logged generic 500. */
export function errorResponse(error: unknown): Response {
  const failure = toFailure(error);
  const status = failure.code === "INTERNAL" ? 500 : ERROR_STATUS[failure.code];
  return jsonResponse({ code: failure.code, message: failure.message }, { status, headers: { "Cache-Control": "no-store" } });
}
