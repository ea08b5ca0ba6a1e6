import { z } from "zod";
import { passwordSchema, withPasswordNotEmail } from "@/lib/auth/password-rules";

export const emailSchema = z
  .string({ error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .max(254, { error: "That e-mail address is too long." })
  .pipe(z.email({ error: "Enter a valid e-mail address, like name@newsroom.org." }));

// The password rules are shared with the password change (lib/auth/password-rules.ts).
export const signUpSchema = withPasswordNotEmail(
  z.object({
    name: z.string({ error: "Enter your name." }).trim().min(1, { error: "Enter your name." }).max(100, { error: "Use at most 100 characters for your name." }),
    email: emailSchema,
    password: passwordSchema,
  }),
);

export type SignUpInput = z.infer<typeof signUpSchema>;
