import { formatWhen } from "@/components/collab/format";
import { WEBHOOK_EVENT_LABELS } from "@/lib/webhooks/event-names";
import { DeliveryLog } from "./delivery-log";
import type { DeliveryRow, WebhookRow } from "./types";
import { WebhookActiveSwitch } from "./webhook-active-switch";
import { WebhookButtons } from "./webhook-buttons";
import { WebhookEventsEditor } from "./webhook-events-editor";
import styles from "./webhooks.module.css";

const STATE_WORDS = { DELIVERED: "delivered", PENDING: "waiting", FAILED: "failed" } as const;

function summary({ deliveries: counts, lastDelivery: last }: WebhookRow): string {
  const parts = [`${counts.DELIVERED} delivered`, `${counts.PENDING} waiting`, `${counts.FAILED} failed`];
  if (last) parts.push(`last ${formatWhen(last.createdAt)}, ${STATE_WORDS[last.state]}${last.lastStatusCode ? ` (HTTP ${last.lastStatusCode})` : ""}`);
  return parts.join(" · ");
}

/** One webhook: where it sends, what it listens to, its controls, and its delivery log. */
export function WebhookCard({ teamId, webhook, deliveries }: { teamId: string; webhook: WebhookRow; deliveries: DeliveryRow[] }) {
  return (
    <li className={styles.webhook}>
      <div className={styles.webhookHead}>
        <div>
          <h3 className={styles.url}>
            {webhook.url}
          </h3>
          <p className="muted small">
            Added by {webhook.createdBy} · {summary(webhook)}
          </p>
        </div>
        <WebhookActiveSwitch key={String(webhook.active)} teamId={teamId} webhookId={webhook.id} active={webhook.active} url={webhook.url} />
      </div>
      <ul className={styles.tags} aria-label="Events it listens to">
        {webhook.events.map((event) => (
          <li key={event} className="tag">
            {WEBHOOK_EVENT_LABELS[event]}
          </li>
        ))}
      </ul>
      <WebhookButtons teamId={teamId} webhookId={webhook.id} url={webhook.url} active={webhook.active} />
      <WebhookEventsEditor teamId={teamId} webhookId={webhook.id} events={webhook.events} />
      <details className={styles.details} open={deliveries.length > 0}>
        <summary>Delivery log{deliveries.length > 0 && ` (last ${deliveries.length})`}</summary>
        <div className={styles.detailsBody}>
          <DeliveryLog teamId={teamId} url={webhook.url} deliveries={deliveries} />
        </div>
      </details>
    </li>
  );
}
