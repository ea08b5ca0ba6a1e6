/** The signed-in user of the current request, checked against the database (a deleted user is signed out). */
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";

export type SessionUser = { id: string; name: string | null; email: string };

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
}
