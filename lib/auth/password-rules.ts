/**
 * The rules every new password follows, for sign-up and for a password change alike: long enough to resist guessing,
 * short enough to hash cheaply, and not one of the passwords attackers try first.
 */
import { z } from "zod";
import { isCommonPassword } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-limits";

export { PASSWORD_HINT, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-limits";

export const PASSWORD_MESSAGES = {
  missing: "Enter a password.",
  tooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`,
  tooLong: `Use at most ${PASSWORD_MAX_LENGTH} characters for your password.`,
  blank: "A password cannot be only spaces. Use words or other characters.",
  common: "That password is one of the most common ones, and attackers try those first. Choose another.",
  isEmail: "Do not use your e-mail address as your password.",
} as const;

/** A new password. Never trimmed: spaces inside and around a password are part of it. */
export const passwordSchema = z
  .string({ error: PASSWORD_MESSAGES.missing })
  .min(PASSWORD_MIN_LENGTH, { error: PASSWORD_MESSAGES.tooShort })
  .max(PASSWORD_MAX_LENGTH, { error: PASSWORD_MESSAGES.tooLong })
  .refine((password) => password.trim().length > 0, { error: PASSWORD_MESSAGES.blank })
  .refine((password) => !isCommonPassword(password), { error: PASSWORD_MESSAGES.common });

/** Whether a password is the account's e-mail address (ignoring case and surrounding spaces). */
export function passwordIsEmail(password: string, email: string): boolean {
  return password.trim().toLowerCase() === email.trim().toLowerCase();
}

/** Adds the "not your e-mail address" rule to a form schema that has both fields (sign-up). */
export function withPasswordNotEmail<Schema extends z.ZodType<{ email: string; password: string }>>(schema: Schema) {
  return schema.refine((input) => !passwordIsEmail(input.password, input.email), { error: PASSWORD_MESSAGES.isEmail, path: ["password"] });
}
