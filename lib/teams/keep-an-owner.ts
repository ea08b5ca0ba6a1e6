import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";

export const LAST_OWNER_MESSAGE = "A team needs at least one owner: make someone else owner first.";

/**
 * Refuses a change that would take away `memberUserId`'s ownership when nobody else owns the team. Call it inside the
 * transaction, after `lockTeam`, so the count cannot change before the write.
 */
export async function keepAnOwner(
  tx: Prisma.TransactionClient,
  options: { teamId: string; teamName: string; memberUserId: string; actingUserId: string },
): Promise<void> {
  const otherOwners = await tx.membership.count({
    where: { teamId: options.teamId, role: "OWNER", userId: { not: options.memberUserId } },
  });
  if (otherOwners > 0) return;
  const who = options.memberUserId === options.actingUserId ? `You are the last owner of ${options.teamName}. ` : "";
  throw new AppError("CONFLICT", `${who}${LAST_OWNER_MESSAGE}`);
}
