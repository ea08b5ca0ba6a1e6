/** A notification as the bell and the notifications page show it: an explicit selection, never a whole row. */
import type { Prisma } from "@/lib/db/generated/client";
import type { NotificationKind } from "@/lib/db/generated/enums";

export const notificationViewSelect = {
  id: true,
  kind: true,
  message: true,
  createdAt: true,
  readAt: true,
  articleId: true,
  claimId: true,
  actor: { select: { id: true, name: true } },
  team: { select: { id: true, name: true } },
} satisfies Prisma.NotificationSelect;

type Row = Prisma.NotificationGetPayload<{ select: typeof notificationViewSelect }>;

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  message: string;
  createdAt: string;
  readAt: string | null;
  actor: { id: string; name: string | null };
  team: { id: string; name: string };
  /** Where the notification leads: the claim opened on its article page, or the article. */
  href: string | null;
};

export function toNotificationView(row: Row): NotificationView {
  const { articleId, claimId, ...rest } = row;
  return {
    ...rest,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    href: articleId ? (claimId ? `/articles/${articleId}?claim=${claimId}` : `/articles/${articleId}`) : null,
  };
}

/** Only notifications of teams the user still belongs to: leaving a team takes its notifications away too. */
export const stillMember = (userId: string) => ({ userId, team: { memberships: { some: { userId } } } }) satisfies Prisma.NotificationWhereInput;
