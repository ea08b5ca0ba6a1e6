"use client";
import { useState, useTransition } from "react";
import { changeMemberRoleAction } from "@/app/(app)/team/actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { useToast } from "@/components/ui/toast";

const ROLES = Object.keys(ROLE_LABELS) as Role[];

/** An owner's control for one member's role; a refused change puts the select back. */
export function MemberRoleSelect(props: { teamId: string; member: { userId: string; role: Role }; label: string; you: boolean }) {
  const toast = useToast();
  const [role, setRole] = useState<Role>(props.member.role);
  const [pending, startTransition] = useTransition();

  function onChange(next: Role) {
    const previous = role;
    setRole(next);
    startTransition(async () => {
      const result = await changeMemberRoleAction({ teamId: props.teamId, userId: props.member.userId, role: next });
      if (!result.ok) {
        setRole(previous);
        toast.show(result.message, { kind: "error" });
        return;
      }
      const who = props.you ? "You are" : `${props.label} is`;
      const revoked = result.data.revokedInvitations;
      const note = revoked > 0 ? ` ${revoked === 1 ? "One invitation" : `${revoked} invitations`} they created ${revoked === 1 ? "was" : "were"} revoked.` : "";
      const role = ROLE_LABELS[next].toLowerCase();
      toast.show(`${who} now ${/^[aeiou]/.test(role) ? "an" : "a"} ${role}.${note}`);
    });
  }

  return (
    <select
      aria-label={`Role of ${props.label}`}
      value={role}
      disabled={pending}
      onChange={(event) => onChange(event.target.value as Role)}
    >
      {ROLES.map((option) => (
        <option key={option} value={option}>
          {ROLE_LABELS[option]}
        </option>
      ))}
    </select>
  );
}
