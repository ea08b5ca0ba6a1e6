import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign up" };
export const dynamic = "force-dynamic";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <div className="brand">Factdesk</div>
        <p className="tagline">Create your account. You get a team of your own; teammates can invite you to theirs.</p>
        <SignUpForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
