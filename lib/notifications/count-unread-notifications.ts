import { db, type Db } from "@/lib/db/client";
import { stillMember } from "./notification-view";

export type CountUnreadNotificationsOptions = { userId: string };

/** How many notifications the bell shows as unread. */
export async function countUnreadNotifications(options: CountUnreadNotificationsOptions, client: Db = db()): Promise<number> {
  return client.notification.count({ where: { ...stillMember(options.userId), readAt: null } });
}
