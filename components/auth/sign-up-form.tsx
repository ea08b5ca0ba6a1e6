"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormError, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_HINT } from "@/lib/auth/password-limits";
import { signUpInput, signUpThenSignIn } from "./sign-up-then-sign-in";

export function SignUpForm({ callbackUrl = "/articles" }: { callbackUrl?: string }) {
  const router = useRouter();
  const { error, fields, pending, onSubmit } = useActionForm(
    signUpThenSignIn("Your account was created, but signing in failed. Sign in with your new password."),
    {
      toInput: signUpInput,
      onSuccess: () => {
        router.replace(callbackUrl);
        router.refresh();
      },
    },
  );

  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        <FormError message={error} />
        <TextField name="name" label="Name" autoComplete="name" required error={fields.name} />
        <TextField name="email" label="Email" type="email" autoComplete="email" required error={fields.email} />
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
          {pending ? "Creating your account…" : "Sign up"}
        </button>
      </form>
      <p className="switch">
        Already have an account? <Link href={callbackUrl === "/articles" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </>
  );
}
