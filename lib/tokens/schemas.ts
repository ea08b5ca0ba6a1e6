import { z } from "zod";

export const TOKEN_LIFETIMES = { "30": "30 days", "90": "90 days", "365": "1 year", never: "No expiry" } as const;

export const tokenScopeSchema = z.enum(["READ", "READ_WRITE"], { error: "Choose read only, or read and write." });

export const tokenNameSchema = z
  .string({ error: "Give the token a name." })
  .trim()
  .min(1, { error: "Give the token a name, e.g. the tool that will use it." })
  .max(100, { error: "Keep the name under 100 characters." });

export const createTokenSchema = z.object({
  teamId: z.string().min(1).max(64),
  name: tokenNameSchema,
  scope: tokenScopeSchema,
  expiresInDays: z.enum(["30", "90", "365", "never"], { error: "Choose when the token expires." }),
});

export type CreateTokenInput = z.infer<typeof createTokenSchema>;
