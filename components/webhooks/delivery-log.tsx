"use client";
import { formatWhen } from "@/components/collab/format";
import teamStyles from "@/components/team/team.module.css";
import { WEBHOOK_EVENT_NAMES } from "@/lib/webhooks/event-names";
import { MAX_ATTEMPTS } from "@/lib/webhooks/retry-schedule";
import { RedeliverButton } from "./redeliver-button";
import type { DeliveryRow } from "./types";
import styles from "./webhooks.module.css";

function Result({ delivery }: { delivery: DeliveryRow }) {
  switch (delivery.state) {
    case "DELIVERED":
      return <span className={`${styles.state} ${styles.stateDelivered}`}>Delivered</span>;
    case "FAILED":
      return (
        <span className={`${styles.state} ${styles.stateFailed}`}>
          Failed <span className="muted small">after {delivery.attempts === 1 ? "1 attempt" : `${delivery.attempts} attempts`}</span>
        </span>
      );
    case "PENDING":
      if (delivery.attempts === 0) return <span className={styles.state}>Waiting to be sent</span>;
      return (
        <span className={styles.state}>
          Retrying{" "}
          <span className="muted small">
            (attempt {delivery.attempts + 1} of {MAX_ATTEMPTS}, next at{" "}
            <time dateTime={delivery.nextAttemptAt} suppressHydrationWarning>
              {formatWhen(delivery.nextAttemptAt)}
            </time>
            )
          </span>
        </span>
      );
  }
}

/** One webhook's recent deliveries, newest first; the table scrolls sideways on narrow screens. */
export function DeliveryLog({ teamId, url, deliveries }: { teamId: string; url: string; deliveries: DeliveryRow[] }) {
  if (deliveries.length === 0) return <p className="muted small">Nothing sent yet. Use “Send test delivery” to try the receiver.</p>;
  return (
    <div className={teamStyles.tableScroll} tabIndex={0} role="region" aria-label={`Delivery log of ${url}`}>
      <table className={`version-table ${styles.log}`}>
        <caption className="visually-hidden">Recent deliveries to {url}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Event</th>
            <th scope="col">Result</th>
            <th scope="col">HTTP status</th>
            <th scope="col">Error</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => {
            const when = formatWhen(delivery.createdAt);
            const name = WEBHOOK_EVENT_NAMES[delivery.event];
            return (
              <tr key={delivery.id}>
                <td>
                  <time dateTime={delivery.createdAt} suppressHydrationWarning>
                    {when}
                  </time>
                </td>
                <td>
                  <code>{name}</code> {delivery.test && <span className="tag">test</span>}
                </td>
                <td>
                  <Result delivery={delivery} />
                </td>
                <td>{delivery.lastStatusCode ?? "—"}</td>
                <td className={styles.error}>{delivery.state === "DELIVERED" ? "" : (delivery.lastError ?? "")}</td>
                <td>
                  {delivery.state !== "PENDING" && <RedeliverButton teamId={teamId} deliveryId={delivery.id} label={`${name} of ${when}`} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
