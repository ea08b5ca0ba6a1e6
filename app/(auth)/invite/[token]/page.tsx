import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { currentUser } from "@/lib/auth/session";
import { PERMISSIONS, ROLE_LABELS, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { getInvitation } from "@/lib/invitations/get-invitation";
import { invitationPath } from "@/lib/invitations/invitation-link";
import { INVALID_LINK_MESSAGE } from "@/lib/invitations/schemas";
import { InviteSignOutButton } from "@/components/team/invite-sign-out-button";
import { InviteSignUpForm } from "@/components/team/invite-sign-up-form";
import { JoinTeamButton } from "@/components/team/join-team-button";
import { OpenTeamButton } from "@/components/team/open-team-button";
import styles from "@/components/team/team.module.css";

// The link is a secret: keep it out of search engines and out of any cache.
export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <div className="brand">Factdesk</div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await currentUser();
  const invitation = await getInvitation({ token, userId: user?.id });
  const here = invitationPath(token);

  if (!invitation) {
    return (
      <Card title="Invitation not found">
        <p>{INVALID_LINK_MESSAGE}</p>
        <Link className="button full-width" href={user ? "/articles" : "/sign-in"}>
          {user ? "Go to your articles" : "Sign in"}
        </Link>
      </Card>
    );
  }

  const { problem, teamName } = invitation;
  if (problem?.reason === "ALREADY_MEMBER") {
    return (
      <Card title={`You are already in ${teamName}`}>
        <p>{problem.message} Nothing else to do here.</p>
        <OpenTeamButton teamId={invitation.teamId} teamName={teamName} />
      </Card>
    );
  }
  if (problem) {
    return (
      <Card title={problem.reason === "WRONG_EMAIL" ? "This invitation is for someone else" : "This invitation cannot be used"}>
        <p className="notice notice--warning">{problem.message}</p>
        {problem.reason === "WRONG_EMAIL" ? (
          <InviteSignOutButton invitationPath={here} />
        ) : (
          <Link className="button full-width" href={user ? "/articles" : "/sign-in"}>
            {user ? "Go to your articles" : "Sign in"}
          </Link>
        )}
      </Card>
    );
  }

  const role = ROLE_LABELS[invitation.role].toLowerCase();
  return (
    <Card title={`Join ${teamName}`}>
      <p>
        {invitation.inviterName} invited you to join <strong>{teamName}</strong> on Factdesk as {role === "editor" || role === "owner" ? "an" : "a"}{" "}
        <strong>{role}</strong>. As {role} you can:
      </p>
      <ul className={styles.permissions}>
        {[...ROLE_PERMISSIONS[invitation.role]].map((permission) => (
          <li key={permission}>{PERMISSIONS[permission]}</li>
        ))}
      </ul>
      <p className="muted small">
        {invitation.email ? `This invitation is for ${invitation.email}. ` : ""}It expires on {day(invitation.expiresAt)}.
      </p>
      {user ? (
        <>
          <p className="small">Signed in as {user.email}.</p>
          <JoinTeamButton token={token} teamName={teamName} />
        </>
      ) : (
        <div className={styles.choices}>
          <Link className="button full-width" href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
            Sign in to join
          </Link>
          <p className="divider">or, new to Factdesk?</p>
          <h2>Create an account</h2>
          <InviteSignUpForm email={invitation.email} />
        </div>
      )}
    </Card>
  );
}
