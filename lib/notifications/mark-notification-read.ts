import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type MarkNotificationReadOptions = { userId: string; notificationId: string };

/** Marks one of the user's own notifications read; someone else's answers "not found", like a missing one. */
export async function markNotificationRead(options: MarkNotificationReadOptions, client: Db = db()): Promise<{ id: string; readAt: string }> {
  const own = await client.notification.findFirst({ where: { id: options.notificationId, userId: options.userId }, select: { id: true, readAt: true } });
  if (!own) throw notFound("That notification");
  if (own.readAt) return { id: own.id, readAt: own.readAt.toISOString() };
  const readAt = new Date();
  // The readAt condition keeps the first reading time if two tabs mark it at once.
  await client.notification.updateMany({ where: { id: own.id, userId: options.userId, readAt: null }, data: { readAt } });
  const row = await client.notification.findUniqueOrThrow({ where: { id: own.id }, select: { readAt: true } });
  return { id: own.id, readAt: (row.readAt ?? readAt).toISOString() };
}
