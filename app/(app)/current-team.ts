import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { listUserTeams, pickCurrentTeam, type UserTeam } from "@/lib/teams/list-user-teams";

export const TEAM_COOKIE = "factdesk_team";

/** The signed-in user, their teams and the team in view; sends anonymous visitors to the sign-in page. */
export async function requireUserAndTeam(): Promise<{ user: SessionUser; teams: UserTeam[]; team: UserTeam | null }> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const teams = await listUserTeams(user.id);
  const preferred = (await cookies()).get(TEAM_COOKIE)?.value;
  return { user, teams, team: pickCurrentTeam(teams, preferred) };
}
