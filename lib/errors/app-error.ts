/**
 * The one error type the domain throws on purpose. The boundary (server action wrapper, route handler) turns it into
 * a message for the user and an HTTP status; anything else is logged and shown as a generic failure.
 */
export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Per-field messages for forms, e.g. { email: "Enter a valid e-mail address." }. */
  readonly fields?: Record<string, string>;
  /** Extra data the caller may show, e.g. the current claim on a version conflict. */
  readonly details?: unknown;

  constructor(code: AppErrorCode, message: string, options: { fields?: Record<string, string>; details?: unknown } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "That item") => new AppError("NOT_FOUND", `${what} was not found. It may have been removed, or it belongs to another team.`);

/** The caller has no live session: signed out, signed out everywhere since, or the account is gone. */
export const sessionEnded = () => new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
