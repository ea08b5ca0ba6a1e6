import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { getTeamSettings } from "@/lib/teams/get-team-settings";
import { listMembers } from "@/lib/teams/list-members";
import { CreateTeamForm } from "@/components/team/create-team-form";
import { InviteForm } from "@/components/team/invite-form";
import { MembersTable } from "@/components/team/members-table";
import { PendingInvitations } from "@/components/team/pending-invitations";
import { SecondReviewerToggle } from "@/components/team/second-reviewer-toggle";
import { TeamNameForm } from "@/components/team/team-name-form";
import styles from "@/components/team/team.module.css";
import { requireUserAndTeam } from "../current-team";

export const metadata: Metadata = { title: "Team" };
export const dynamic = "force-dynamic";

function CreateTeamSection() {
  return (
    <section className={`card ${styles.section}`} aria-labelledby="create-team" id="create-team-section">
      <h2 id="create-team">Create a team</h2>
      <p className="muted">Start a separate team for another desk or project. You will be its owner and it opens straight away.</p>
      <CreateTeamForm />
    </section>
  );
}

export default async function TeamPage() {
  const { user, team } = await requireUserAndTeam();
  if (!team) {
    return (
      <main className="page">
        <div className="page-head">
          <h1>Team</h1>
        </div>
        <div className={styles.sections}>
          <p className="notice">You are not in a team. Create one, or ask a team owner for an invitation link.</p>
          <CreateTeamSection />
        </div>
      </main>
    );
  }
  // `team.role` was read from the database for this request, so the controls match what the actions will allow.
  const manage = can(team.role, "team:manage");
  const [settings, members, invitations] = await Promise.all([
    getTeamSettings({ teamId: team.id }),
    listMembers({ teamId: team.id }),
    manage ? listPendingInvitations({ teamId: team.id }) : Promise.resolve([]),
  ]);

  return (
    <main className="page">
      <div className="page-head">
        <h1>{settings.name}</h1>
        {manage && <Link className="button" href="/team/webhooks">Webhooks</Link>}
      </div>
      <div className={styles.sections}>
        <section className={`card ${styles.section}`} aria-labelledby="team-settings">
          <h2 id="team-settings">Settings</h2>
          <div className={styles.stack}>
            {manage && <TeamNameForm teamId={team.id} name={settings.name} />}
            <SecondReviewerToggle key={String(settings.requireSecondReviewer)} teamId={team.id} required={settings.requireSecondReviewer} editable={manage} />
          </div>
        </section>

        <section className={`card ${styles.section}`} aria-labelledby="team-members">
          <h2 id="team-members">Members ({members.length})</h2>
          {!manage && <p className="muted small">Only owners can change roles or invite people.</p>}
          <MembersTable
            teamId={team.id}
            teamName={settings.name}
            currentUserId={user.id}
            manage={manage}
            members={members.map((member) => ({ ...member, joinedAt: member.joinedAt.toISOString() }))}
          />
        </section>

        {manage && (
          <section className={`card ${styles.section}`} aria-labelledby="team-invite">
            <h2 id="team-invite">Invite people</h2>
            <InviteForm teamId={team.id} />
          </section>
        )}

        {manage && (
          <section className={`card ${styles.section}`} aria-labelledby="team-invitations">
            <h2 id="team-invitations">Pending invitations</h2>
            <PendingInvitations
              teamId={team.id}
              invitations={invitations.map((invitation) => ({
                ...invitation,
                createdAt: invitation.createdAt.toISOString(),
                expiresAt: invitation.expiresAt.toISOString(),
              }))}
            />
          </section>
        )}

        <CreateTeamSection />
      </div>
    </main>
  );
}
