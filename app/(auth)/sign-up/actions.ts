"use server";
import { defineAction } from "@/lib/actions/define-action";
import { signUpSchema } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";

// Sign-up is the one action without a caller to authorize: it creates the caller.
export const signUpAction = defineAction(signUpSchema, async (input) => {
  await signUp(input);
  return { email: input.email };
});
