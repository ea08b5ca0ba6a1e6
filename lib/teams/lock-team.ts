import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";

/**
 * Locks the team row until the transaction ends. Every write that can change who owns a team takes this lock first,
 * so two owners demoting or removing each other at the same moment cannot leave the team with none.
 */
export async function lockTeam(tx: Prisma.TransactionClient, teamId: string): Promise<{ name: string }> {
  const rows = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("That team");
  return rows[0];
}
