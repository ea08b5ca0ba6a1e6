import { describe, type ReanchorResult } from "@/lib/anchoring";
import type { Prisma } from "@/lib/db/generated/client";
import type { AnchorState } from "@/lib/db/generated/enums";

type ClaimSpan = { id: string; versionId: string; start: number; end: number; exact: string };

export const ANCHOR_STATE: Record<ReanchorResult["outcome"], AnchorState> = {
  anchored: "ANCHORED",
  moved: "MOVED",
  needs_review: "NEEDS_REVIEW",
  orphaned: "ORPHANED",
};

/**
 * Writes the outcome of re-anchoring onto the new version: a placement row for every claim, the new span (with fresh
 * W3C selectors) for claims that were found with confidence, and one REANCHORED history entry each.
 */
export async function applyReanchoring(
  tx: Prisma.TransactionClient,
  options: { userId: string; versionId: string; newText: string; claims: ClaimSpan[]; results: ReanchorResult[] },
): Promise<void> {
  const byId = new Map(options.claims.map((claim) => [claim.id, claim]));
  const placements: Prisma.ClaimPlacementCreateManyInput[] = [];
  const events: Prisma.ClaimEventCreateManyInput[] = [];
  for (const result of options.results) {
    const claim = byId.get(result.id);
    if (!claim) continue;
    const state = ANCHOR_STATE[result.outcome];
    const confident = state === "ANCHORED" || state === "MOVED";
    const span = confident && result.start !== undefined && result.end !== undefined ? { start: result.start, end: result.end } : null;
    placements.push({
      claimId: claim.id,
      versionId: options.versionId,
      state,
      start: span?.start ?? null,
      end: span?.end ?? null,
      score: result.score,
      candidateStart: result.candidate?.start ?? null,
      candidateEnd: result.candidate?.end ?? null,
    });
    const before = { versionId: claim.versionId, start: claim.start, end: claim.end, exact: claim.exact };
    if (span) {
      const { quote } = describe(options.newText, span.start, span.end);
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          versionId: options.versionId,
          start: span.start,
          end: span.end,
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
          anchorState: state,
          revision: { increment: 1 },
          updatedById: options.userId,
        },
      });
      events.push({ claimId: claim.id, actorId: options.userId, kind: "REANCHORED", before, after: { versionId: options.versionId, ...span, exact: quote.exact, state, score: result.score } });
    } else {
      // Not applied: the claim keeps its span on the version where it was last sure, and waits for a person.
      await tx.claim.update({ where: { id: claim.id }, data: { anchorState: state, revision: { increment: 1 }, updatedById: options.userId } });
      events.push({ claimId: claim.id, actorId: options.userId, kind: "REANCHORED", before, after: { versionId: options.versionId, state, score: result.score, candidate: result.candidate ?? null } });
    }
  }
  await tx.claimPlacement.createMany({ data: placements });
  await tx.claimEvent.createMany({ data: events });
}
