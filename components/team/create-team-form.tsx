"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { createTeamAction } from "@/app/(app)/team/actions";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import styles from "./team.module.css";

/** Starts a new team owned by the signed-in user and switches to it. */
export function CreateTeamForm() {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    startTransition(async () => {
      const result = await createTeamAction({ name });
      if (!result.ok) {
        setError(result.fields?.name ?? result.message);
        return;
      }
      setError(null);
      form.reset();
      toast.show(`Created ${result.data.name}. You are its owner: invite people below.`);
      router.push("/team");
      router.refresh();
    });
  }

  return (
    <form className={styles.inlineForm} onSubmit={onSubmit} noValidate>
      <TextField id="new-team-name" name="name" label="New team name" maxLength={100} required error={error ?? undefined} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating…" : "Create team"}
      </button>
    </form>
  );
}
