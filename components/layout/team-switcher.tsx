"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchTeamAction } from "@/app/(app)/actions";
import type { UserTeam } from "@/lib/teams/list-user-teams";
import { useToast } from "@/components/ui/toast";

export function TeamSwitcher({ teams, currentTeamId }: { teams: UserTeam[]; currentTeamId: string | null }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  if (teams.length <= 1) return teams[0] ? <span className="muted">{teams[0].name}</span> : null;
  return (
    <label className="team-switcher">
      <span className="visually-hidden">Team</span>
      <select
        value={currentTeamId ?? ""}
        disabled={pending}
        onChange={(event) => {
          const teamId = event.target.value;
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
      </select>
    </label>
  );
}
