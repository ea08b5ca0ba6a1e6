import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";

export type SetSecondReviewerRuleOptions = { userId: string; teamId: string; required: boolean };

/** Switches the team's rule that an editor may not approve a claim they last reviewed themselves. */
export async function setSecondReviewerRule(options: SetSecondReviewerRuleOptions, client: Db = db()): Promise<{ requireSecondReviewer: boolean }> {
  try {
    return await client.team.update({
      where: { id: options.teamId },
      data: { requireSecondReviewer: options.required },
      select: { requireSecondReviewer: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw notFound("That team");
    throw error;
  }
}
