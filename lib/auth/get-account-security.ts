import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type AccountSecurity = { email: string; hasPassword: boolean; sessionsValidAfter: Date | null };

/** What the account page's Security section shows: whether there is a password to change, and the last "sign out everywhere". */
export async function getAccountSecurity({ userId }: { userId: string }, client: Db = db()): Promise<AccountSecurity> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true, sessionsValidAfter: true } });
  if (!user) throw notFound("That account");
  return { email: user.email, hasPassword: user.passwordHash !== null, sessionsValidAfter: user.sessionsValidAfter };
}
