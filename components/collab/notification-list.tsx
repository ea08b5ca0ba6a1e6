import Link from "next/link";
import type { NotificationView } from "@/lib/notifications/notification-view";
import { formatWhen } from "./format";
import "./collab.css";

export type NotificationListProps = {
  notifications: NotificationView[];
  busy?: boolean;
  onMarkRead: (id: string) => void;
  /** Called when a notification's link is followed (the bell closes itself and marks it read). */
  onOpen?: (notification: NotificationView) => void;
};

const KIND_LABELS = { MENTION: "Mention", ASSIGNED: "Assigned", REPLY: "Reply" } as const;

/** Notifications as a list: unread ones marked, each with its link and a "Mark read" button. */
export function NotificationList({ notifications, busy, onMarkRead, onOpen }: NotificationListProps) {
  if (notifications.length === 0) return <p className="muted small collab-empty">Nothing new. Mentions, assignments and replies show up here.</p>;
  return (
    <ul className="collab-notifications">
      {notifications.map((n) => (
        <li key={n.id} className={n.readAt ? "collab-notification" : "collab-notification collab-notification--unread"}>
          <div className="collab-notification__text">
            <span className="collab-notification__kind">
              {!n.readAt && <span className="visually-hidden">Unread: </span>}
              {KIND_LABELS[n.kind]}
            </span>
            {n.href ? (
              <Link href={n.href} onClick={() => onOpen?.(n)}>
                {n.message}
              </Link>
            ) : (
              <span>{n.message}</span>
            )}
            <span className="muted small">
              {n.team.name} ·{" "}
              <time dateTime={n.createdAt} suppressHydrationWarning>
                {formatWhen(n.createdAt)}
              </time>
            </span>
          </div>
          {!n.readAt && (
            <button type="button" className="button button--ghost button--small" disabled={busy} aria-label={`Mark read: ${n.message}`} onClick={() => onMarkRead(n.id)}>
              Mark read
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
