"use client";
import { useRouter } from "next/navigation";
import { signUpInput, signUpThenSignIn } from "@/components/auth/sign-up-then-sign-in";
import { FormError, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_HINT } from "@/lib/auth/password-limits";

/**
 * Creates an account without leaving the invitation page, signs in, and reloads the page so it offers "Join".
 * (The sign-up page itself always goes on to /articles, which would lose the invitation.)
 */
export function InviteSignUpForm({ email }: { email: string | null }) {
  const router = useRouter();
  const { error, fields, pending, onSubmit } = useActionForm(
    signUpThenSignIn("Your account was created, but signing in failed. Use “Sign in” above with your new password."),
    { toInput: signUpInput, onSuccess: () => router.refresh() },
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError message={error} />
      <TextField name="name" label="Name" autoComplete="name" required error={fields.name} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={email ?? undefined}
        readOnly={email !== null}
        error={fields.email}
        hint={email ? "This invitation is for this address." : undefined}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        error={fields.password}
        hint={PASSWORD_HINT}
      />
      <button className="button button--primary full-width" type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
