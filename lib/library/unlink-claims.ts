import { db, type Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type UnlinkClaimsOptions = { userId: string; claimId: string; linkedClaimId: string };

/**
 * Removes the link between two claims of one team (only the direct link: claims linked through a third stay so).
 * Idempotent: `removed` is false when there was no link. A claim of another team answers "not found".
 */
export async function unlinkClaims(options: UnlinkClaimsOptions, client: Db = db()): Promise<{ removed: boolean }> {
  const [first, second] = [options.claimId, options.linkedClaimId].sort();
  return client.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({ where: { id: { in: [first, second] } }, select: { article: { select: { teamId: true } } } });
    if (first === second || claims.length !== 2 || claims[0].article.teamId !== claims[1].article.teamId) throw notFound("That claim");
    const { count } = await tx.claimLink.deleteMany({ where: { claimId: first, linkedClaimId: second } });
    return { removed: count > 0 };
  });
}
