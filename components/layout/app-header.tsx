import Link from "next/link";
import { NotificationBell } from "@/components/collab/notification-bell";
import type { SessionUser } from "@/lib/auth/session";
import type { UserTeam } from "@/lib/teams/list-user-teams";
import { SignOutButton } from "./sign-out-button";
import { TeamSwitcher } from "./team-switcher";

export function AppHeader({ user, teams, currentTeamId }: { user: SessionUser; teams: UserTeam[]; currentTeamId: string | null }) {
  return (
    <header className="app-header">
      <Link href="/articles" className="brand">
        Factdesk
      </Link>
      <nav aria-label="Main">
        <Link href="/articles">Articles</Link>
        <Link href="/dashboard">Dashboard</Link>
        <Link href="/queue">My queue</Link>
        <Link href="/team">Team</Link>
        <Link href="/search">Search</Link>
      </nav>
      <span className="spacer" />
      <TeamSwitcher teams={teams} currentTeamId={currentTeamId} />
      <NotificationBell />
      <Link href="/account" className="who" title="Your account: password and sessions">
        {user.name ?? user.email}
      </Link>
      <SignOutButton />
    </header>
  );
}
