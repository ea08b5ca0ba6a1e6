"use client";
import { useCallback, useState } from "react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import type { NotificationView } from "@/lib/notifications/notification-view";
import { useCollabAction } from "./use-collab-action";

/** A list of notifications with "mark read" and "mark all read", updated in place from the server's answers. */
export function useNotifications(initial: NotificationView[] = []) {
  const [notifications, setNotifications] = useState(initial);
  const { busy, run } = useCollabAction();

  const markRead = useCallback(
    async (id: string) => {
      const read = await run(() => markNotificationReadAction({ notificationId: id }));
      if (read) setNotifications((all) => all.map((n) => (n.id === id ? { ...n, readAt: read.readAt } : n)));
      return !!read;
    },
    [run],
  );

  const markAllRead = useCallback(async () => {
    const done = await run(() => markAllNotificationsReadAction({}), "All notifications marked read.");
    if (done) {
      const now = new Date().toISOString();
      setNotifications((all) => all.map((n) => (n.readAt ? n : { ...n, readAt: now })));
    }
    return !!done;
  }, [run]);

  return { notifications, setNotifications, busy, markRead, markAllRead, unread: notifications.filter((n) => !n.readAt).length };
}
