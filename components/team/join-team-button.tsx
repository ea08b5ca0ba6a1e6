"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acceptInvitationAction } from "@/app/(auth)/invite/[token]/actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { FormError } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";

/** Accepts the invitation for the signed-in user, then opens the team's articles. */
export function JoinTeamButton({ token, teamName }: { token: string; teamName: string }) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function join() {
    startTransition(async () => {
      const result = await acceptInvitationAction({ token });
      if (!result.ok) {
        setError(result.message);
        router.refresh();
        return;
      }
      toast.show(`You joined ${result.data.teamName} as ${ROLE_LABELS[result.data.role].toLowerCase()}.`);
      router.push("/articles");
    });
  }

  return (
    <>
      <FormError message={error} />
      <button type="button" className="button button--primary full-width" onClick={join} disabled={pending}>
        {pending ? "Joining…" : `Join ${teamName}`}
      </button>
    </>
  );
}
