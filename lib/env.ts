/**
 * Configuration read once from the environment. Nothing is required: with no variables at all, Factdesk runs on
 * its embedded PostgreSQL with a generated secret (see scripts/start.ts).
 */
import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : undefined));

const portNumber = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return fallback;
      const port = Number(value);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        ctx.addIssue({ code: "custom", message: `"${value}" is not a port number (1-65535)` });
        return z.NEVER;
      }
      return port;
    });

const envSchema = z.object({
  DATABASE_URL: optional,
  PORT: portNumber(3000),
  FACTDESK_DB_PORT: portNumber(54320),
  FACTDESK_DATA_DIR: optional,
  AUTH_SECRET: optional,
  NEXTAUTH_SECRET: optional,
  NEXTAUTH_URL: optional,
  GITHUB_ID: optional,
  GITHUB_SECRET: optional,
  GOOGLE_ID: optional,
  GOOGLE_SECRET: optional,
  OIDC_ISSUER: optional,
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: optional,
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The parsed environment; throws one readable line per bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
