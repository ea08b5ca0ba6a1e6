"use client";
import type { NotificationView } from "@/lib/notifications/notification-view";
import { NotificationList } from "./notification-list";
import { useNotifications } from "./use-notifications";
import "./collab.css";

/** The notifications page's list, with "Mark all read"; starts from what the server rendered. */
export function NotificationsPanel({ initial }: { initial: NotificationView[] }) {
  const { notifications, busy, markRead, markAllRead, unread } = useNotifications(initial);
  return (
    <section aria-label="Notifications" className="collab-notifications-panel">
      <div className="collab-row collab-row--between">
        <p className="muted">{unread === 0 ? "All read." : `${unread} unread`}</p>
        <button type="button" className="button button--small" disabled={busy || unread === 0} onClick={() => void markAllRead()}>
          Mark all read
        </button>
      </div>
      <NotificationList notifications={notifications} busy={busy} onMarkRead={(id) => void markRead(id)} onOpen={(n) => !n.readAt && void markRead(n.id)} />
    </section>
  );
}
