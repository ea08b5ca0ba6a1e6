"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { signUpAction } from "@/app/(auth)/sign-up/actions";

export function SignUpForm() {
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
    router.replace("/articles");
    router.refresh();
  }

  const fieldError = (name: string) =>
    fields[name] ? (
      <span className="error" id={`${name}-error`}>
        {fields[name]}
      </span>
    ) : null;

  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="name">Name</label>
          <input id="name" name="name" autoComplete="name" required aria-invalid={!!fields.name} aria-describedby={fields.name ? "name-error" : undefined} />
          {fieldError("name")}
        </div>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="email" required aria-invalid={!!fields.email} aria-describedby={fields.email ? "email-error" : undefined} />
          {fieldError("email")}
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={!!fields.password}
            aria-describedby={fields.password ? "password-error password-hint" : "password-hint"}
          />
          <span className="hint" id="password-hint">
            At least 10 characters. A short sentence is easy to remember.
          </span>
          {fieldError("password")}
        </div>
        <button className="button button--primary full-width" type="submit" disabled={pending}>
          {pending ? "Creating your account…" : "Sign up"}
        </button>
      </form>
      <p className="switch">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
