"use client";
import { useId, useState, type FormEvent } from "react";
import { assignUnreviewedAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import { useToast } from "@/components/ui/toast";
import type { ClaimView } from "@/lib/claims/claim-view";
import { personName } from "./format";
import type { Member } from "./types";
import { useCollabAction } from "./use-collab-action";
import "./collab.css";

export type AssignUnreviewedButtonProps = {
  articleId: string;
  members: Member[];
  canWrite: boolean;
  /** The claims that changed hands, as saved, for the panel to merge. */
  onClaimsChanged: (claims: ClaimView[]) => void;
};

/** Article-level: hand every unreviewed, unassigned claim to one member at once. */
export function AssignUnreviewedButton({ articleId, members, canWrite, onClaimsChanged }: AssignUnreviewedButtonProps) {
  const selectId = useId();
  const [assigneeId, setAssigneeId] = useState("");
  const { busy, run } = useCollabAction();
  const toast = useToast();
  if (!canWrite) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!assigneeId) return;
    const who = personName(members.find((m) => m.id === assigneeId));
    const result = await run(() => assignUnreviewedAction({ articleId, assigneeId }));
    if (!result) return;
    onClaimsChanged(result.claims);
    setAssigneeId("");
    toast.show(result.count === 0 ? "There were no unreviewed, unassigned claims left." : `Assigned ${result.count} ${result.count === 1 ? "claim" : "claims"} to ${who}.`);
  }

  return (
    <form className="collab-row collab-assign-all" onSubmit={submit}>
      <label htmlFor={selectId} className="small">
        Assign every unreviewed, unassigned claim to
      </label>
      <select id={selectId} className="collab-select" value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)} disabled={busy}>
        <option value="">Choose a member…</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {personName(member, "Unnamed member")}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" disabled={busy || !assigneeId}>
        Assign
      </button>
    </form>
  );
}
