import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NotificationsPanel } from "@/components/collab/notifications-panel";
import { currentUser } from "@/lib/auth/session";
import { listNotifications, NOTIFICATION_LIST_MAX } from "@/lib/notifications/list-notifications";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Notifications" };

/** Every recent notification of the signed-in member, unread first. */
export default async function NotificationsPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=%2Fnotifications");
  const notifications = await listNotifications({ userId: user.id, limit: NOTIFICATION_LIST_MAX });
  return (
    <main className="page">
      <div className="page-head">
        <h1>Notifications</h1>
      </div>
      <NotificationsPanel initial={notifications} />
    </main>
  );
}
