import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import teamStyles from "@/components/team/team.module.css";
import { AddWebhookForm } from "@/components/webhooks/add-webhook-form";
import { RefreshButton } from "@/components/webhooks/refresh-button";
import type { DeliveryRow, WebhookRow } from "@/components/webhooks/types";
import { WebhookCard } from "@/components/webhooks/webhook-card";
import styles from "@/components/webhooks/webhooks.module.css";
import { authorize } from "@/lib/auth/authorize-request";
import { AppError } from "@/lib/errors/app-error";
import { MAX_WEBHOOKS_PER_TEAM } from "@/lib/webhooks/create-webhook";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { requireUserAndTeam } from "../../current-team";

export const metadata: Metadata = { title: "Webhooks" };
export const dynamic = "force-dynamic";

const iso = (date: Date | null) => date?.toISOString() ?? null;

export default async function WebhooksPage() {
  const { team } = await requireUserAndTeam();
  if (!team) notFound();
  // Owners only: a webhook sends the team's data to an outside address. Others get the page everyone gets for a
  // page that is not theirs, as the article editor does.
  const access = await authorize({ teamId: team.id }, "team:manage").catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const webhooks = await listWebhooks({ teamId: access.teamId });
  const logs = await Promise.all(webhooks.map((webhook) => listDeliveries({ teamId: access.teamId, webhookId: webhook.id })));

  const rows: WebhookRow[] = webhooks.map(({ lastDelivery, ...webhook }) => ({
    ...webhook,
    createdAt: webhook.createdAt.toISOString(),
    lastDelivery: lastDelivery && { state: lastDelivery.state, createdAt: lastDelivery.createdAt.toISOString(), lastStatusCode: lastDelivery.lastStatusCode },
  }));
  const deliveries: DeliveryRow[][] = logs.map((log) =>
    log.map((delivery) => ({
      ...delivery,
      createdAt: delivery.createdAt.toISOString(),
      deliveredAt: iso(delivery.deliveredAt),
      nextAttemptAt: delivery.nextAttemptAt.toISOString(),
    })),
  );

  return (
    <main className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/team">Team</Link> › Webhooks
      </nav>
      <div className="page-head">
        <h1>Webhooks</h1>
        <p className="muted small">{team.name}</p>
      </div>
      <div className={teamStyles.sections}>
        <p className="muted">
          A webhook tells another system (a CMS, a chat channel, your own script) the moment something happens in {team.name}: Factdesk sends
          a signed JSON POST to its address. Deliveries that fail are retried with growing pauses for about 15 hours.
        </p>

        <section className={`card ${teamStyles.section}`} aria-labelledby="add-webhook">
          <h2 id="add-webhook">Add a webhook</h2>
          {webhooks.length >= MAX_WEBHOOKS_PER_TEAM ? (
            <p className="notice">This team has {MAX_WEBHOOKS_PER_TEAM} webhooks, the most it can have. Delete one to add another.</p>
          ) : (
            <AddWebhookForm teamId={access.teamId} />
          )}
        </section>

        <section className={`card ${teamStyles.section}`} aria-labelledby="team-webhooks">
          <div className={styles.listHead}>
            <h2 id="team-webhooks">Webhooks ({webhooks.length})</h2>
            {webhooks.length > 0 && <RefreshButton />}
          </div>
          {webhooks.length === 0 ? (
            <p className="muted">No webhooks yet.</p>
          ) : (
            <ul className={styles.list}>
              {rows.map((webhook, index) => (
                <WebhookCard key={webhook.id} teamId={access.teamId} webhook={webhook} deliveries={deliveries[index]} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
