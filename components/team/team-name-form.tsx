"use client";
import { renameTeamAction } from "@/app/(app)/team/actions";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import styles from "./team.module.css";

/** The owner's form to rename the team. */
export function TeamNameForm({ teamId, name }: { teamId: string; name: string }) {
  const toast = useToast();
  // No reset on success: the field already shows the new name, and `key` remounts it once the page brings the saved one.
  const { error, fields, pending, onSubmit } = useActionForm(renameTeamAction, {
    toInput: (data) => ({ teamId, name: String(data.get("name") ?? "") }),
    onSuccess: (team) => toast.show(`The team is now called ${team.name}.`),
  });

  return (
    <form className={styles.inlineForm} onSubmit={onSubmit} noValidate>
      <TextField
        id="team-name"
        name="name"
        label="Team name"
        defaultValue={name}
        maxLength={100}
        required
        error={fields.name ?? error ?? undefined}
        key={name}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Renaming…" : "Rename"}
      </button>
    </form>
  );
}
