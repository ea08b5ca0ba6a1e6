import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import styles from "@/components/account/account.module.css";
import { getAccountSecurity } from "@/lib/auth/get-account-security";
import { requireUserAndTeam } from "../current-team";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const { user } = await requireUserAndTeam();
  const security = await getAccountSecurity({ userId: user.id });
  return (
    <main className="page">
      <div className="page-head">
        <h1>Account</h1>
      </div>
      <div className={styles.sections}>
        <section className={`card ${styles.section}`} aria-labelledby="account-profile">
          <h2 id="account-profile">Profile</h2>
          <dl className={styles.facts}>
            <dt>Name</dt>
            <dd>{user.name ?? "—"}</dd>
            <dt>E-mail</dt>
            <dd>{security.email}</dd>
          </dl>
        </section>

        <section className={`card ${styles.section}`} aria-labelledby="account-security">
          <h2 id="account-security">Security</h2>
          <div className={styles.stack}>
            <div>
              <h3 id="change-password">Change password</h3>
              {security.hasPassword ? (
                <ChangePasswordForm />
              ) : (
                <p className="muted">You sign in through another service, so this account has no password to change here.</p>
              )}
            </div>
            <div>
              <h3 id="sign-out-everywhere">Sign out everywhere</h3>
              <SignOutEverywhere lastTime={security.sessionsValidAfter?.toISOString() ?? null} />
            </div>
          </div>
        </section>

        <section className={`card ${styles.section}`} aria-labelledby="account-tokens">
          <h2 id="account-tokens">Access tokens</h2>
          <p className="muted">
            Tokens let other tools use Factdesk on your behalf through the API. They are not sessions: signing out everywhere
            does not revoke them. <Link href="/account/tokens">Manage access tokens</Link>
          </p>
        </section>
      </div>
    </main>
  );
}
