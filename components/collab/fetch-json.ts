import { OFFLINE_MESSAGE } from "@/components/ui/use-action-form";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import { ERROR_STATUS, type AppErrorCode } from "@/lib/errors/app-error";

/** The reads of an open claim, each a GET route under app/api/articles/[articleId]/claims/[claimId]/. */
export type ClaimRead = "history" | "comments" | "library" | "review-state";

export function claimReadUrl(articleId: string, claimId: string, read: ClaimRead): string {
  return `/api/articles/${encodeURIComponent(articleId)}/claims/${encodeURIComponent(claimId)}/${read}`;
}

const isCode = (code: unknown): code is AppErrorCode | "INTERNAL" => code === "INTERNAL" || (typeof code === "string" && Object.hasOwn(ERROR_STATUS, code));

function refusal(status: number, body: unknown): ActionFailure {
  const { code, message } = (body ?? {}) as { code?: unknown; message?: unknown };
  if (isCode(code) && typeof message === "string" && message) return { ok: false, code, message };
  if (status === 401) return { ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again to continue." };
  return { ok: false, code: "INTERNAL", message: `The server could not answer (HTTP ${status}). Try again in a moment.` };
}

/**
 * GETs one of the app's JSON route handlers and answers like a server action, so a component handles both alike: the
 * data, the server's own message when it refused, or the connection message when no answer came. Never throws.
 * Reads go through routes rather than actions because Next.js runs a page's actions one at a time: a read there
 * would hold up the next write.
 */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<ActionResult<T>> {
  let response: Response | undefined;
  try {
    response = await fetch(url, { cache: "no-store", credentials: "same-origin", headers: { Accept: "application/json" }, signal });
    const body: unknown = await response.json();
    return response.ok ? { ok: true, data: body as T } : refusal(response.status, body);
  } catch {
    // No answer, an answer cut off, or one that is not JSON (a proxy's error page): only a failed status says more.
    return response && !response.ok ? refusal(response.status, undefined) : { ok: false, code: "INTERNAL", message: OFFLINE_MESSAGE };
  }
}
