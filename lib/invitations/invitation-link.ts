/** The path of an invitation's landing page; the token is the only secret in it. */
export function invitationPath(token: string): string {
  return `/invite/${token}`;
}
