"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchTeamAction } from "@/app/(app)/actions";
import type { UserTeam } from "@/lib/teams/list-user-teams";
import { useToast } from "@/components/ui/toast";

// A value no team id can take (cuid ids are letters and digits), for the "New team…" entry of the select.
const NEW_TEAM = "__new_team__";
const NEW_TEAM_PAGE = "/team#create-team-section";

export function TeamSwitcher({ teams, currentTeamId }: { teams: UserTeam[]; currentTeamId: string | null }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  if (teams.length <= 1) {
    return (
      <>
        {teams[0] && <span className="muted">{teams[0].name}</span>}
        <Link href={NEW_TEAM_PAGE} className="button button--small button--ghost">
          New team
        </Link>
      </>
    );
  }
  return (
    <label className="team-switcher">
      <span className="visually-hidden">Team</span>
      <select
        value={currentTeamId ?? ""}
        disabled={pending}
        onChange={(event) => {
          const teamId = event.target.value;
          // The select stays on the current team (it is controlled); this entry only opens the form.
          if (teamId === NEW_TEAM) return router.push(NEW_TEAM_PAGE);
          startTransition(async () => {
            const result = await switchTeamAction({ teamId });
            if (!result.ok) toast.show(result.message, { kind: "error" });
            else router.push("/articles");
          });
        }}
      >
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
        <option value={NEW_TEAM}>New team…</option>
      </select>
    </label>
  );
}
