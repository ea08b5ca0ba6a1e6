"use client";
import { useState, useTransition } from "react";
import { revokeTokenAction } from "@/app/(app)/account/tokens/actions";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { useToast } from "@/components/ui/toast";

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  scope: "READ" | "READ_WRITE";
  teamName: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  state: "active" | "revoked" | "expired";
};

const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });

function stateLabel(token: TokenRow): string {
  if (token.state === "revoked" && token.revokedAt) return `Revoked ${day(token.revokedAt)}`;
  if (token.state === "expired" && token.expiresAt) return `Expired ${day(token.expiresAt)}`;
  return token.expiresAt ? `Active until ${day(token.expiresAt)}` : "Active, no expiry";
}

/** The user's tokens with their team, access, last use and state; live ones can be revoked after a confirmation. */
export function TokenList({ tokens }: { tokens: TokenRow[] }) {
  const toast = useToast();
  const [confirming, setConfirming] = useState<TokenRow | null>(null);
  const [pending, startTransition] = useTransition();

  function revoke(token: TokenRow) {
    startTransition(async () => {
      const result = await revokeTokenAction({ tokenId: token.id });
      setConfirming(null);
      if (result.ok) toast.show(`Token “${token.name}” revoked. Tools using it can no longer connect.`);
      else toast.show(result.message, { kind: "error" });
    });
  }

  if (tokens.length === 0) return <p className="muted">You have no access tokens yet.</p>;
  return (
    <div className="table-scroll">
      <table className="version-table">
        <caption className="visually-hidden">Your access tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Team</th>
            <th scope="col">Access</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const live = token.state === "active";
            return (
              <tr key={token.id}>
                <td>
                  <strong>{token.name}</strong>
                  <div className="muted small">
                    <code>{token.prefix}…</code> · created {day(token.createdAt)}
                  </div>
                </td>
                <td>{token.teamName}</td>
                <td>{token.scope === "READ" ? "Read only" : "Read and write"}</td>
                <td>{token.lastUsedAt ? day(token.lastUsedAt) : "Never"}</td>
                <td>{stateLabel(token)}</td>
                <td className="row-end">
                  {live && (
                    <button type="button" className="button button--small button--danger" onClick={() => setConfirming(token)} aria-label={`Revoke token ${token.name}`}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {confirming && (
        <ConfirmDialog
          title={`Revoke “${confirming.name}”?`}
          confirmLabel="Revoke token"
          busy={pending}
          onConfirm={() => revoke(confirming)}
          onClose={() => setConfirming(null)}
        >
          Every tool using this token stops working at once. This cannot be undone; you can create a new token instead.
        </ConfirmDialog>
      )}
    </div>
  );
}
