"use client";
import { useState } from "react";
import { createInvitationAction } from "@/app/(app)/team/actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { FormError, TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import { CopyLinkField } from "./copy-link-field";
import styles from "./team.module.css";

type Created = Extract<Awaited<ReturnType<typeof createInvitationAction>>, { ok: true }>["data"];

const ROLES = Object.keys(ROLE_LABELS) as Role[];
const day = (date: Date) => new Date(date).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

function deliveryNote(created: Created): string {
  const role = ROLE_LABELS[created.role].toLowerCase();
  const until = `The link works once, until ${day(created.expiresAt)}.`;
  switch (created.mail) {
    case "sent":
      return `We e-mailed the invitation to ${created.email}. You can also send them this link yourself. ${until}`;
    case "not-configured":
      return `E-mail is not set up on this server, so nothing was sent. Copy the link and send it to ${created.email} yourself; only that address can use it. ${until}`;
    case "failed":
      return `The e-mail to ${created.email} could not be sent. Copy the link and send it yourself; only that address can use it. ${until}`;
    case "no-address":
      return `Whoever opens this link first and signs in can join as ${role}. Share it only with the person you mean. ${until}`;
  }
}

/** Creates an invitation by e-mail address or as a bare link, then shows the link to copy and says whether mail went out. */
export function InviteForm({ teamId }: { teamId: string }) {
  const toast = useToast();
  const [created, setCreated] = useState<Created | null>(null);
  const { error, fields, pending, onSubmit } = useActionForm(createInvitationAction, {
    toInput: (data) => ({ teamId, email: String(data.get("email") ?? ""), role: String(data.get("role") ?? "REVIEWER") as Role }),
    onSuccess: (invitation, form) => {
      setCreated(invitation);
      form.reset();
      toast.show(invitation.mail === "sent" ? `Invitation e-mailed to ${invitation.email}.` : "Invitation created. Copy the link to share it.");
    },
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        <FormError message={error} />
        <div className="grid-2">
          <TextField
            id="invite-email"
            name="email"
            label="E-mail address (optional)"
            type="email"
            autoComplete="off"
            error={fields.email}
            hint="Leave it empty to make a link for anyone you give it to."
          />
          <div className="field">
            <label htmlFor="invite-role">Role</label>
            <select id="invite-role" name="role" defaultValue="REVIEWER">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? "Creating invitation…" : "Create invitation"}
        </button>
      </form>
      {created && (
        <div className={styles.result}>
          <CopyLinkField key={created.link} label="Invitation link" value={created.link} />
          <p className="notice" role="status">
            {deliveryNote(created)}
          </p>
        </div>
      )}
    </>
  );
}
