"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchTeamAction } from "@/app/(app)/actions";
import { useToast } from "@/components/ui/toast";

/** Switches to a team the user already belongs to and opens its articles. */
export function OpenTeamButton({ teamId, teamName }: { teamId: string; teamName: string }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="button button--primary full-width"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await switchTeamAction({ teamId });
          if (!result.ok) toast.show(result.message, { kind: "error" });
          else router.push("/articles");
        })
      }
    >
      Open {teamName}
    </button>
  );
}
