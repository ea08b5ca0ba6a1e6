"use client";
import { useState, useTransition } from "react";
import { setSecondReviewerAction } from "@/app/(app)/team/actions";
import { useToast } from "@/components/ui/toast";
import styles from "./team.module.css";

const HINT = "When on, an editor cannot approve a claim they last reviewed themselves: a second person has to.";

/** Owners switch the second-reviewer rule here; other members see whether it is on. */
export function SecondReviewerToggle({ teamId, required, editable }: { teamId: string; required: boolean; editable: boolean }) {
  const toast = useToast();
  const [checked, setChecked] = useState(required);
  const [pending, startTransition] = useTransition();

  function onChange(next: boolean) {
    setChecked(next);
    startTransition(async () => {
      const result = await setSecondReviewerAction({ teamId, required: next });
      if (!result.ok) {
        setChecked(!next);
        toast.show(result.message, { kind: "error" });
        return;
      }
      toast.show(next ? "A second reviewer is now required for approval." : "Editors can now approve claims they reviewed themselves.");
    });
  }

  return (
    <div className={styles.toggle}>
      <input
        id="second-reviewer"
        type="checkbox"
        checked={checked}
        disabled={!editable || pending}
        aria-describedby="second-reviewer-hint"
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label htmlFor="second-reviewer">Require a second reviewer for approval</label>
        <div id="second-reviewer-hint" className="muted small">
          {HINT}
          {!editable && " Only owners can change this."}
        </div>
      </div>
    </div>
  );
}
