"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { signUpAction } from "@/app/(auth)/sign-up/actions";
import { FormError, TextField } from "@/components/ui/text-field";
import { PASSWORD_HINT } from "@/lib/auth/password-limits";

/**
 * Creates an account without leaving the invitation page, signs in, and reloads the page so it offers "Join".
 * (The sign-up page itself always goes on to /articles, which would lose the invitation.)
 */
export function InviteSignUpForm({ email }: { email: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setPending(true);
    setError(null);
    setFields({});
    const result = await signUpAction(input);
    if (!result.ok) {
      setPending(false);
      setError(result.message);
      setFields(result.fields ?? {});
      return;
    }
    const signedIn = await signIn("credentials", { email: result.data.email, password: input.password, redirect: false });
    setPending(false);
    if (!signedIn || signedIn.error) {
      setError("Your account was created, but signing in failed. Use “Sign in” above with your new password.");
      return;
    }
    router.refresh();
  }

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
