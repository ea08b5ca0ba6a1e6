import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requireUserAndTeam } from "./current-team";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { user, teams, team } = await requireUserAndTeam();
  return (
    <>
      <AppHeader user={user} teams={teams} currentTeamId={team?.id ?? null} />
      {children}
    </>
  );
}
