/**
 * What the sign-in page may say about a failed sign-in. NextAuth hands the browser the message of an error thrown in
 * `authorize` (as `?error=<message>`, or `result.error`), so only the texts listed here are ever shown: anything else
 * becomes a generic line, and a crafted `?error=` link cannot put words on the page.
 */
import { ownEntry } from "@/lib/input/own-entry";
import { SIGN_IN_WINDOW_MINUTES } from "./sign-in-window";

export const SIGN_IN_FAILED_MESSAGE = "That e-mail and password do not match an account. Check both and try again.";
export const ACCOUNT_LOCKED_MESSAGE = `Too many failed sign-ins for this account. Wait ${SIGN_IN_WINDOW_MINUTES} minutes, then try again.`;
export const ADDRESS_LOCKED_MESSAGE = `Too many failed sign-ins from your network address. Wait ${SIGN_IN_WINDOW_MINUTES} minutes, then try again.`;
export const SIGN_IN_UNAVAILABLE_MESSAGE = "Signing in is not possible right now. Try again in a moment.";

const SHOWN_AS_IS = new Set<string>([ACCOUNT_LOCKED_MESSAGE, ADDRESS_LOCKED_MESSAGE, SIGN_IN_UNAVAILABLE_MESSAGE, SIGN_IN_FAILED_MESSAGE]);

// NextAuth's own error codes (see https://next-auth.js.org/configuration/pages#error-codes) that deserve their own words.
const BY_CODE: Record<string, string> = {
  CredentialsSignin: SIGN_IN_FAILED_MESSAGE,
  OAuthAccountNotLinked: "This e-mail address already has an account that signs in another way. Sign in the way you did before.",
  AccessDenied: "That account may not sign in here.",
  SessionRequired: "Sign in to continue.",
};

/** The sentence to show for a NextAuth error code or message, or null when there was no error. */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  if (SHOWN_AS_IS.has(error)) return error;
  return ownEntry(BY_CODE, error) ?? "Signing in did not work. Try again, or choose another way to sign in.";
}

/** Why the sign-in page was opened, from its `?notice=` parameter (set by this app only). */
export function signInNotice(notice: string | null | undefined): string | null {
  if (notice === "signed-out-everywhere") return "You are signed out on every device and browser, this one included.";
  if (notice === "password-changed") return "Your password was changed and every session was signed out. Sign in with the new password.";
  return null;
}
