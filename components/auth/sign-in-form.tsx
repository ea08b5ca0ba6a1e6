"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { FormError, TextField } from "@/components/ui/text-field";
import { SIGN_IN_FAILED_MESSAGE, signInErrorMessage } from "@/lib/auth/sign-in-messages";

type SignInFormProps = {
  providers: { id: string; name: string }[];
  callbackUrl: string;
  /** A failed sign-in NextAuth sent back to the page (?error=), already turned into a sentence. */
  initialError?: string | null;
  /** Why the page opened, e.g. after "sign out everywhere". */
  notice?: string | null;
};

export function SignInForm({ providers, callbackUrl, initialError = null, notice = null }: SignInFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      // One message for both a wrong password and an unknown address, so nobody can probe for accounts; the brake's
      // "too many failed sign-ins" is counted for any address typed, so it reveals nothing either.
      setError(signInErrorMessage(result?.error) ?? SIGN_IN_FAILED_MESSAGE);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        {notice && !error && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <FormError message={error} />
        <TextField name="email" label="Email" type="email" autoComplete="email" required />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
        <button className="button button--primary full-width" type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {providers.length > 0 && (
        <>
          <p className="divider">or</p>
          {providers.map((provider) => (
            <button key={provider.id} type="button" className="button full-width" onClick={() => signIn(provider.id, { callbackUrl })}>
              Continue with {provider.name}
            </button>
          ))}
        </>
      )}
      <p className="switch">
        New to Factdesk? <Link href={callbackUrl === "/articles" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
      </p>
    </>
  );
}
