import type { Metadata } from "next";
import Link from "next/link";
import { listAccessTokens } from "@/lib/tokens/list-access-tokens";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenList } from "@/components/tokens/token-list";
import { requireUserAndTeam } from "../../current-team";

export const metadata: Metadata = { title: "Access tokens" };
export const dynamic = "force-dynamic";

const iso = (date: Date | null) => date?.toISOString() ?? null;

export default async function AccessTokensPage() {
  const { user, teams, team } = await requireUserAndTeam();
  const tokens = await listAccessTokens({ userId: user.id });
  return (
    <main className="page">
      <div className="page-head">
        <h1>Access tokens</h1>
      </div>
      <p className="muted">
        Tokens let other tools — your CMS, a dashboard, a script — use Factdesk on your behalf through the <Link href="/api-docs">API</Link>. Each token
        works for one team. Give each tool its own token, so you can revoke one without breaking the others.
      </p>
      {teams.length > 0 ? (
        <section className="card" aria-labelledby="new-token">
          <h2 id="new-token">New token</h2>
          <CreateTokenForm teams={teams.map((t) => ({ id: t.id, name: t.name }))} currentTeamId={team?.id ?? null} />
        </section>
      ) : (
        <p className="notice">Join or create a team first: a token works for one team.</p>
      )}
      <section className="card" aria-labelledby="your-tokens">
        <h2 id="your-tokens">Your tokens</h2>
        <TokenList
          tokens={tokens.map((token) => ({
            id: token.id,
            name: token.name,
            prefix: token.prefix,
            scope: token.scope,
            teamName: token.team.name,
            createdAt: token.createdAt.toISOString(),
            lastUsedAt: iso(token.lastUsedAt),
            expiresAt: iso(token.expiresAt),
            revokedAt: iso(token.revokedAt),
            state: token.state,
          }))}
        />
      </section>
    </main>
  );
}
