import { signIn } from "next-auth/react";
import { signUpAction } from "@/app/(auth)/sign-up/actions";
import type { ActionResult } from "@/lib/actions/result";

type SignUpFields = Parameters<typeof signUpAction>[0];

/** The sign-up fields as both sign-up forms name them. */
export function signUpInput(data: FormData): SignUpFields {
  return { name: String(data.get("name") ?? ""), email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
}

/**
 * Creating the account and signing this browser in with it, as the one step a sign-up form waits for. When the account
 * was made but the sign-in fails, the form shows `signInFailed`, which says where to sign in from there.
 */
export function signUpThenSignIn(signInFailed: string) {
  return async (input: SignUpFields): Promise<ActionResult<{ email: string }>> => {
    const result = await signUpAction(input);
    if (!result.ok) return result;
    const signedIn = await signIn("credentials", { email: result.data.email, password: input.password, redirect: false });
    if (!signedIn || signedIn.error) return { ok: false, code: "UNAUTHENTICATED", message: signInFailed };
    return result;
  };
}
