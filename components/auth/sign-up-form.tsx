"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { FormError, TextField } from "@/components/ui/text-field";
import { PASSWORD_HINT } from "@/lib/auth/password-limits";
import { signUpAction } from "@/app/(auth)/sign-up/actions";

export function SignUpForm({ callbackUrl = "/articles" }: { callbackUrl?: string }) {
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
    if (!signedIn || signedIn.error) {
      setPending(false);
      setError("Your account was created, but signing in failed. Sign in with your new password.");
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

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
