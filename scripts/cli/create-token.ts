/** `create-token`: a personal access token for the REST API, for a user in one of their teams. */
import { z } from "zod";
import { createAccessToken } from "@/lib/tokens/create-access-token";
import { tokenNameSchema, tokenScopeSchema } from "@/lib/tokens/schemas";
import { emailSchema } from "@/lib/users/schemas";
import { parseInput } from "./args";
import { defineCommand } from "./command";
import { findTeam, findUserByEmail, memberAccess, teamOption } from "./lookups";

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_DAYS = 3650;
/** The tokens page's defaults: read only, 90 days. */
const DEFAULT_SCOPE = "read";
const DEFAULT_DAYS = "90";

const SCOPES: Record<string, string> = { read: "READ", "read-write": "READ_WRITE" };

const optionsSchema = z.object({
  email: emailSchema,
  team: teamOption,
  name: tokenNameSchema,
  scope: z
    .string()
    .default(DEFAULT_SCOPE)
    .transform((value, ctx) => {
      const scope = SCOPES[value.trim().toLowerCase()];
      if (!scope) ctx.addIssue({ code: "custom", message: `Unknown scope "${value}": use read or read-write.` });
      return scope ?? z.NEVER;
    })
    .pipe(tokenScopeSchema),
  "expires-in-days": z
    .string()
    .default(DEFAULT_DAYS)
    .transform((value, ctx) => {
      if (value.trim().toLowerCase() === "never") return null;
      const days = Number(value);
      if (!/^\d+$/.test(value.trim()) || days < 1 || days > MAX_DAYS) {
        ctx.addIssue({ code: "custom", message: `Give a whole number of days from 1 to ${MAX_DAYS}, or never.` });
        return z.NEVER;
      }
      return days;
    }),
});

export const createTokenCommand = defineCommand({
  name: "create-token",
  usage: "--email <e> --team <id|name> --name <n> [--scope read|read-write] [--expires-in-days N|never]",
  details: [
    "--email <e>             the token's owner; it can never do more than their role in the team allows",
    "--team <id|name>        the one team the token works for (the owner must be a member)",
    "--name <n>              what the token is for, shown on the tokens page",
    `--scope <s>             read (default) or read-write`,
    `--expires-in-days <N>   days until it expires (default ${DEFAULT_DAYS}), or never`,
    "Prints the secret alone on standard output, so a script can capture it; it cannot be shown again.",
  ],
  examples: ['--email bot@newsroom.org --team "Politics desk" --name "CMS sync" --scope read-write --expires-in-days 30'],
  options: { email: { type: "string" }, team: { type: "string" }, name: { type: "string" }, scope: { type: "string" }, "expires-in-days": { type: "string" } },
  parse: (values) => parseInput(optionsSchema, values),
  async run(input, { db, out, say }) {
    const team = await findTeam(db, input.team);
    const user = await findUserByEmail(db, input.email);
    // The tokens page lets any member make one: a token narrows its owner's role, it never widens it.
    const access = await memberAccess(db, user, team, "article:read");
    const days = input["expires-in-days"];
    const expiresAt = days === null ? null : new Date(Date.now() + days * DAY_MS);
    const token = await createAccessToken({ userId: access.userId, teamId: access.teamId, name: input.name, scope: input.scope, expiresAt }, db);
    const scope = token.scope === "READ" ? "read only" : "read and write";
    const expiry = token.expiresAt ? `expires ${token.expiresAt.toISOString().slice(0, 10)}` : "never expires";
    say(`Created token "${token.name}" (id ${token.id}) for ${user.email} in ${team.name}: ${scope}, ${expiry}.`);
    out.write(`${token.secret}\n`);
    say("This secret will not be shown again: only its hash is stored. Copy it now.");
  },
});
