"use client";
import { useState, useTransition } from "react";
import { revokeInvitationAction } from "@/app/(app)/team/actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { useToast } from "@/components/ui/toast";
import styles from "./team.module.css";

export type PendingInvitationRow = { id: string; email: string | null; role: Role; createdAt: string; expiresAt: string; invitedBy: string };

const when = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** Invitations that can still be accepted, each with a "Revoke" button that stops its link working. */
export function PendingInvitations({ teamId, invitations }: { teamId: string; invitations: PendingInvitationRow[] }) {
  const toast = useToast();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  if (invitations.length === 0) return <p className="muted">No pending invitations.</p>;

  function revoke(invitation: PendingInvitationRow, name: string) {
    setBusyId(invitation.id);
    startTransition(async () => {
      const result = await revokeInvitationAction({ teamId, invitationId: invitation.id });
      setBusyId(null);
      if (!result.ok) toast.show(result.message, { kind: "error" });
      else toast.show(`Revoked the invitation ${name}. Its link no longer works.`);
    });
  }

  return (
    <ul className={styles.invitationList} aria-label="Pending invitations">
      {invitations.map((invitation) => {
        const name = invitation.email ? `for ${invitation.email}` : `link made on ${when(invitation.createdAt)}`;
        return (
          <li key={invitation.id}>
            <span>
              <strong>{invitation.email ?? "Invitation link"}</strong> <span className="tag">{ROLE_LABELS[invitation.role]}</span>
              <span className="muted small">
                {" "}
                · by {invitation.invitedBy} · expires {when(invitation.expiresAt)}
              </span>
            </span>
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={`Revoke the invitation ${name}`}
              disabled={busyId === invitation.id}
              onClick={() => revoke(invitation, name)}
            >
              Revoke
            </button>
          </li>
        );
      })}
    </ul>
  );
}
