import type { DbOrTx } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/db/generated/enums";

export type NewNotification = {
  userId: string;
  teamId: string;
  kind: NotificationKind;
  actorId: string;
  articleId?: string | null;
  claimId?: string | null;
  message: string;
};

/** Writes notifications inside the caller's transaction; nobody is ever notified of their own action. */
export async function createNotifications(client: DbOrTx, notifications: NewNotification[]): Promise<number> {
  const data = notifications.filter((n) => n.userId !== n.actorId);
  if (data.length === 0) return 0;
  const { count } = await client.notification.createMany({ data });
  return count;
}
