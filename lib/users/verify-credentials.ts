import { verifyPassword } from "@/lib/auth/password";
import { db, type Db } from "@/lib/db/client";
import { emailSchema } from "./schemas";

/** The user behind an e-mail and password, or null; never says which of the two was wrong. */
export async function verifyCredentials(
  email: unknown,
  password: unknown,
  client: Db = db(),
): Promise<{ id: string; name: string | null; email: string } | null> {
  const parsedEmail = emailSchema.safeParse(email);
  if (!parsedEmail.success || typeof password !== "string" || password.length > 1000) {
    await verifyPassword(null, "x"); // keep timing uniform
    return null;
  }
  const user = await client.user.findUnique({
    where: { email: parsedEmail.data },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  return ok && user ? { id: user.id, name: user.name, email: user.email } : null;
}
