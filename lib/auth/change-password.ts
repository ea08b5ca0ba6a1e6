import { z } from "zod";
import { db, type Db } from "@/lib/db/client";
import { AppError, sessionEnded } from "@/lib/errors/app-error";
import { hashPassword, verifyPassword } from "./password";
import { PASSWORD_MESSAGES, passwordIsEmail, passwordSchema } from "./password-rules";
import { signInKeys, withSignInLimit } from "./sign-in-limit";

export const changePasswordSchema = z.object({
  currentPassword: z
    .string({ error: "Enter your current password." })
    .min(1, { error: "Enter your current password." })
    .max(1000, { error: "That is not your current password." }),
  newPassword: passwordSchema,
});

export type ChangePasswordOptions = z.infer<typeof changePasswordSchema> & { userId: string };

const WRONG_CURRENT = "That is not your current password.";

/**
 * Sets a new password after checking the current one, and ends every session that signed in before (the caller signs
 * this browser in again with the new password). Wrong current passwords count against the account's sign-in brake,
 * so a stolen session cannot be used to guess the password.
 */
export async function changePassword({ userId, currentPassword, newPassword }: ChangePasswordOptions, client: Db = db()): Promise<{ email: string; sessionsValidAfter: Date }> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw sessionEnded();
  const passwordHash = user.passwordHash;
  if (!passwordHash) {
    throw new AppError("INVALID_INPUT", "Your account signs in through another service, so it has no password to change here.");
  }
  if (passwordIsEmail(newPassword, user.email)) {
    throw new AppError("INVALID_INPUT", PASSWORD_MESSAGES.isEmail, { fields: { newPassword: PASSWORD_MESSAGES.isEmail } });
  }
  const verified = await withSignInLimit(signInKeys({ email: user.email, address: null }), async () => ((await verifyPassword(passwordHash, currentPassword)) ? true : null), { client });
  if (!verified) throw new AppError("INVALID_INPUT", WRONG_CURRENT, { fields: { currentPassword: WRONG_CURRENT } });
  if (newPassword === currentPassword) {
    const same = "Choose a new password, different from the current one.";
    throw new AppError("INVALID_INPUT", same, { fields: { newPassword: same } });
  }
  const sessionsValidAfter = new Date();
  await client.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword), sessionsValidAfter }, select: { id: true } });
  return { email: user.email, sessionsValidAfter };
}
