"use client";
import Link from "next/link";
import { useState } from "react";
import { createTokenAction } from "@/app/(app)/account/tokens/actions";
import { TOKEN_LIFETIMES } from "@/lib/tokens/schemas";
import { CopyLinkField } from "@/components/team/copy-link-field";
import { FormError, TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";

type Team = { id: string; name: string };
type Created = Extract<Awaited<ReturnType<typeof createTokenAction>>, { ok: true }>["data"];

/** Creates a token and shows its secret once, with how to use it. */
export function CreateTokenForm({ teams, currentTeamId }: { teams: Team[]; currentTeamId: string | null }) {
  const toast = useToast();
  const [created, setCreated] = useState<Created | null>(null);
  const { error, fields, pending, onSubmit } = useActionForm(createTokenAction, {
    toInput: (data) => ({
      teamId: String(data.get("teamId") ?? ""),
      name: String(data.get("name") ?? ""),
      scope: String(data.get("scope") ?? "READ") as "READ" | "READ_WRITE",
      expiresInDays: String(data.get("expiresInDays") ?? "90") as keyof typeof TOKEN_LIFETIMES,
    }),
    onSuccess: (token, form) => {
      setCreated(token);
      form.reset();
      toast.show(`Token “${token.name}” created. Copy it now: it will not be shown again.`);
    },
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-label="Create an access token">
        <FormError message={error} />
        <div className="grid-2">
          <TextField id="token-name" name="name" label="Name" autoComplete="off" error={fields.name} hint="What will use it, e.g. “CMS import” or “Verdicts dashboard”." />
          <div className="field">
            <label htmlFor="token-team">Team</label>
            <select id="token-team" name="teamId" defaultValue={currentTeamId ?? teams[0]?.id}>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="token-scope">Access</label>
            <select id="token-scope" name="scope" defaultValue="READ">
              <option value="READ">Read only</option>
              <option value="READ_WRITE">Read and write</option>
            </select>
            <p className="muted small">A token never does more than your role in the team allows.</p>
          </div>
          <div className="field">
            <label htmlFor="token-expiry">Expires after</label>
            <select id="token-expiry" name="expiresInDays" defaultValue="90">
              {Object.entries(TOKEN_LIFETIMES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </button>
        </div>
      </form>
      {created && (
        <div className="notice token-reveal" role="status">
          <p>
            <strong>Copy your new token now.</strong> Factdesk keeps only a fingerprint of it, so it cannot be shown again. Keep it somewhere safe, like a
            password manager or your tool&apos;s secret settings.
          </p>
          <CopyLinkField label={`Token “${created.name}”`} value={created.secret} copyLabel="Copy token" copiedMessage="Token copied. Paste it into your tool's settings." />
          <p className="muted small">
            Send it as <code>Authorization: Bearer {created.secret.slice(0, 10)}…</code> — see the <Link href="/api-docs">API reference</Link>.
          </p>
        </div>
      )}
    </>
  );
}
