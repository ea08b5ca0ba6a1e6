import type { Metadata } from "next";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await currentUser()) redirect("/articles");
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <div className="brand">Factdesk</div>
        <p className="tagline">Sign in to review your team&apos;s articles.</p>
        <SignInForm providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
