import type { Metadata } from "next";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";
import { signInErrorMessage, signInNotice } from "@/lib/auth/sign-in-messages";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await currentUser()) redirect("/articles");
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  // NextAuth sends failed sign-ins here as ?error=<code or message>; only known texts are shown (sign-in-messages.ts).
  const error = signInErrorMessage(typeof params.error === "string" ? params.error : null);
  const notice = signInNotice(typeof params.notice === "string" ? params.notice : null);
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <div className="brand">Factdesk</div>
        <p className="tagline">Sign in to review your team&apos;s articles.</p>
        <SignInForm providers={enabledOAuthProviders()} callbackUrl={callbackUrl} initialError={error} notice={notice} />
      </div>
    </main>
  );
}
