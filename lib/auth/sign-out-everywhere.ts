import { db, type Db } from "@/lib/db/client";
import { sessionEnded } from "@/lib/errors/app-error";

export type SignOutEverywhereOptions = { userId: string; now?: Date };

/** Ends every session of the user, on every device, this one included: tokens that signed in before now are refused. */
export async function signOutEverywhere({ userId, now = new Date() }: SignOutEverywhereOptions, client: Db = db()): Promise<{ sessionsValidAfter: Date }> {
  const updated = await client.user.updateMany({ where: { id: userId }, data: { sessionsValidAfter: now } });
  if (updated.count === 0) throw sessionEnded();
  return { sessionsValidAfter: now };
}
