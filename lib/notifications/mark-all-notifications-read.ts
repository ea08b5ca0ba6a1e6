import { db, type Db } from "@/lib/db/client";

export type MarkAllNotificationsReadOptions = { userId: string };

/** Marks every unread notification of the user read; answers how many changed. */
export async function markAllNotificationsRead(options: MarkAllNotificationsReadOptions, client: Db = db()): Promise<{ count: number }> {
  const { count } = await client.notification.updateMany({ where: { userId: options.userId, readAt: null }, data: { readAt: new Date() } });
  return { count };
}
