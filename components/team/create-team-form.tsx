"use client";
import { useRouter } from "next/navigation";
import { createTeamAction } from "@/app/(app)/team/actions";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import styles from "./team.module.css";

/** Starts a new team owned by the signed-in user and switches to it. */
export function CreateTeamForm() {
  const router = useRouter();
  const toast = useToast();
  const { error, fields, pending, onSubmit } = useActionForm(createTeamAction, {
    toInput: (data) => ({ name: String(data.get("name") ?? "") }),
    onSuccess: (team, form) => {
      form.reset();
      toast.show(`Created ${team.name}. You are its owner: invite people below.`);
      router.push("/team");
      router.refresh();
    },
  });

  return (
    <form className={styles.inlineForm} onSubmit={onSubmit} noValidate>
      <TextField id="new-team-name" name="name" label="New team name" maxLength={100} required error={fields.name ?? error ?? undefined} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating…" : "Create team"}
      </button>
    </form>
  );
}
