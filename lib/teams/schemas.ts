import { z } from "zod";
import { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";

export const TEAM_NAME_MAX_LENGTH = 100;

export const teamNameSchema = z
  .string({ error: "Enter a name for the team." })
  .trim()
  .min(1, { error: "Enter a name for the team." })
  .max(TEAM_NAME_MAX_LENGTH, { error: `Use at most ${TEAM_NAME_MAX_LENGTH} characters for the team name.` });

export const roleSchema = z.enum(Role, { error: "Choose one of the roles: owner, editor, reviewer or viewer." });

/** The trimmed team name, or an INVALID_INPUT error the form can show beside the name field. */
export function requireTeamName(name: string): string {
  const parsed = teamNameSchema.safeParse(name);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? "Enter a name for the team.";
  throw new AppError("INVALID_INPUT", message, { fields: { name: message } });
}
