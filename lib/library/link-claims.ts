import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

export type LinkClaimsOptions = {
  userId: string;
  claimId: string;
  /** The other claim: the same claim, seen in another article (or elsewhere in the same one). */
  linkedClaimId: string;
};

export type ClaimLinkResult = { linkId: string; claimId: string; linkedClaimId: string; created: boolean };

/**
 * Records that two claims of one team are the same claim. Idempotent: linking an already linked pair answers the
 * existing link. A claim of another team answers "not found", exactly like a missing one.
 */
export async function linkClaims(options: LinkClaimsOptions, client: Db = db()): Promise<ClaimLinkResult> {
  if (options.claimId === options.linkedClaimId) {
    throw new AppError("INVALID_INPUT", "A claim cannot be linked to itself. Choose a claim from another article.");
  }
  // One row per pair, stored in id order, so that (a, b) and (b, a) meet on the unique index.
  const [first, second] = [options.claimId, options.linkedClaimId].sort();
  return client.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({
      where: { id: { in: [first, second] }, deletedAt: null },
      select: { article: { select: { teamId: true } } },
    });
    if (claims.length !== 2 || claims[0].article.teamId !== claims[1].article.teamId) throw notFound("That claim");
    // ON CONFLICT DO NOTHING: two reviewers linking the same pair at once both succeed, with one row.
    const { count } = await tx.claimLink.createMany({
      data: [{ teamId: claims[0].article.teamId, claimId: first, linkedClaimId: second, createdById: options.userId }],
      skipDuplicates: true,
    });
    const link = await tx.claimLink.findUniqueOrThrow({
      where: { claimId_linkedClaimId: { claimId: first, linkedClaimId: second } },
      select: { id: true },
    });
    return { linkId: link.id, claimId: options.claimId, linkedClaimId: options.linkedClaimId, created: count === 1 };
  });
}
