import { z } from "zod";
import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { AppError, notFound } from "@/lib/errors/app-error";
import { lockTeam } from "./lock-team";
import { roleSchema } from "./schemas";

const addMemberSchema = z.object({
  teamId: z.string({ error: "Name the team." }).trim().min(1, { error: "Name the team." }).max(64),
  userId: z.string({ error: "Name the user." }).trim().min(1, { error: "Name the user." }).max(64),
  role: roleSchema,
});

export type AddMemberOptions = z.input<typeof addMemberSchema>;

/**
 * Makes an existing user a member of a team with a role, without an invitation: for administrators (the command
 * line). Someone who is already a member is refused rather than silently given another role.
 */
export async function addMember(options: AddMemberOptions, client: Db = db()): Promise<{ teamId: string; teamName: string; userId: string; email: string; role: Role }> {
  const parsed = addMemberSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues.map((issue) => issue.message).join(" "));
  const { teamId, userId, role } = parsed.data;
  try {
    return await client.$transaction(async (tx) => {
      // The same lock as every other change to who is in a team, so this cannot interleave with a removal.
      const team = await lockTeam(tx, teamId);
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (!user) throw notFound("That user");
      const existing = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true } });
      if (existing) throw alreadyMember(user.email, team.name, existing.role);
      await tx.membership.create({ data: { teamId, userId, role } });
      return { teamId, teamName: team.name, userId, email: user.email, role };
    });
  } catch (error) {
    // Two additions racing past the check: the unique (teamId, userId) stops the second.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyMember(null, null, null);
    throw error;
  }
}

function alreadyMember(email: string | null, teamName: string | null, role: Role | null): AppError {
  const who = email ?? "That user";
  const where = teamName ? `of ${teamName}` : "of this team";
  const as = role ? ` (as ${role.toLowerCase()})` : "";
  return new AppError("CONFLICT", `${who} is already a member ${where}${as}. To give them another role, change it on the team page.`);
}
