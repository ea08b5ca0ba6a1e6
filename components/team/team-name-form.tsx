"use client";
import { useState, useTransition, type FormEvent } from "react";
import { renameTeamAction } from "@/app/(app)/team/actions";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import styles from "./team.module.css";

/** The owner's form to rename the team. */
export function TeamNameForm({ teamId, name }: { teamId: string; name: string }) {
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newName = String(new FormData(event.currentTarget).get("name") ?? "");
    startTransition(async () => {
      const result = await renameTeamAction({ teamId, name: newName });
      if (!result.ok) {
        setError(result.fields?.name ?? result.message);
        return;
      }
      setError(null);
      toast.show(`The team is now called ${result.data.name}.`);
    });
  }

  return (
    <form className={styles.inlineForm} onSubmit={onSubmit} noValidate>
      <TextField
        id="team-name"
        name="name"
        label="Team name"
        defaultValue={name}
        maxLength={100}
        required
        error={error ?? undefined}
        key={name}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Renaming…" : "Rename"}
      </button>
    </form>
  );
}
