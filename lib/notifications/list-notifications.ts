import { db, type Db } from "@/lib/db/client";
import { notificationViewSelect, stillMember, toNotificationView, type NotificationView } from "./notification-view";

export type ListNotificationsOptions = { userId: string; limit?: number };

export const NOTIFICATION_LIST_MAX = 100;

/** A member's notifications, unread first, each group newest first. */
export async function listNotifications(options: ListNotificationsOptions, client: Db = db()): Promise<NotificationView[]> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), NOTIFICATION_LIST_MAX);
  // Two queries rather than one ORDER BY on "is read": each is a range scan of the (userId, readAt, createdAt) index.
  const unread = await client.notification.findMany({
    where: { ...stillMember(options.userId), readAt: null },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: notificationViewSelect,
  });
  const read =
    unread.length < limit
      ? await client.notification.findMany({
          where: { ...stillMember(options.userId), readAt: { not: null } },
          orderBy: { createdAt: "desc" },
          take: limit - unread.length,
          select: notificationViewSelect,
        })
      : [];
  return [...unread, ...read].map(toNotificationView);
}
