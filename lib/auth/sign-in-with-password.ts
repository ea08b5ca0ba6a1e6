/**
 * The credentials sign-in, behind the brake: a locked account or address is refused before the password is hashed.
 * Whatever reaches NextAuth from here is shown to the user (NextAuth puts a thrown message in the redirect URL), so an
 * unexpected failure, such as a database error with SQL in its message, is logged and replaced by a plain sentence.
 */
import { db, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { SIGN_IN_UNAVAILABLE_MESSAGE } from "./sign-in-messages";
import { signInKeys, withSignInLimit, type SignInLimitOptions } from "./sign-in-limit";

export type SignInWithPasswordInput = { email: unknown; password: unknown; address: string | null };

/** The user for this e-mail and password, or null; throws an Error whose message is fit for the sign-in page. */
export async function signInWithPassword(input: SignInWithPasswordInput, options: SignInLimitOptions = {}) {
  try {
    const client: Db = options.client ?? db();
    return await withSignInLimit(signInKeys(input), () => verifyCredentials(input.email, input.password, client), { ...options, client });
  } catch (error) {
    if (error instanceof AppError) throw error;
    console.error("[factdesk] sign-in failed unexpectedly", error);
    throw new Error(SIGN_IN_UNAVAILABLE_MESSAGE);
  }
}
