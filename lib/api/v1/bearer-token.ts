import { AppError } from "@/lib/errors/app-error";

/** The secret of an `Authorization: Bearer <token>` header, or a 401 that says how to send one. */
export function bearerToken(request: Request): string {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) {
    throw new AppError(
      "UNAUTHENTICATED",
      'Send an access token in the header "Authorization: Bearer <token>". Create one under Account → Access tokens.',
    );
  }
  return match[1];
}
