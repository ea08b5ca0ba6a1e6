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

type PlacedSpan = { id: string; start: number; end: number; exact: string; prefix: string; suffix: string; state: AnchorState };

/**
 * Writes the outcome of re-anchoring onto the new version: a placement row for every claim, the new span (with fresh
 * W3C selectors) for claims that were found with confidence, and one REANCHORED history entry each. Every write is a
 * single statement whatever the number of claims, so an article with thousands of claims changes version quickly.
 */
export async function applyReanchoring(
  tx: Prisma.TransactionClient,
  options: { userId: string; versionId: string; newText: string; claims: ClaimSpan[]; results: ReanchorResult[] },
): Promise<void> {
  const byId = new Map(options.claims.map((claim) => [claim.id, claim]));
  const placements: Prisma.ClaimPlacementCreateManyInput[] = [];
  const events: Prisma.ClaimEventCreateManyInput[] = [];
  const placed: PlacedSpan[] = [];
  const waiting: { id: string; state: AnchorState }[] = [];
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
      placed.push({ id: claim.id, ...span, ...quote, state });
      events.push({ claimId: claim.id, actorId: options.userId, kind: "REANCHORED", before, after: { versionId: options.versionId, ...span, exact: quote.exact, state, score: result.score } });
    } else {
      // Not applied: the claim keeps its span on the version where it was last sure, and waits for a person.
      waiting.push({ id: claim.id, state });
      events.push({ claimId: claim.id, actorId: options.userId, kind: "REANCHORED", before, after: { versionId: options.versionId, state, score: result.score, candidate: result.candidate ?? null } });
    }
  }
  await movePlacedClaims(tx, options, placed);
  await markWaitingClaims(tx, options.userId, waiting);
  await tx.claimPlacement.createMany({ data: placements });
  await tx.claimEvent.createMany({ data: events });
}

async function movePlacedClaims(tx: Prisma.TransactionClient, options: { userId: string; versionId: string }, placed: PlacedSpan[]) {
  if (placed.length === 0) return;
  // Arrays as parameters keep the statement's size fixed, well inside PostgreSQL's 65,535-parameter limit.
  await tx.$executeRaw`
    UPDATE "Claim" AS c SET
      "versionId" = ${options.versionId}, "start" = v.start, "end" = v."end", "exact" = v.exact, "prefix" = v.prefix,
      "suffix" = v.suffix, "anchorState" = v.state::"AnchorState", "revision" = c.revision + 1,
      "updatedById" = ${options.userId}, "updatedAt" = now()
    FROM unnest(
      ${placed.map((span) => span.id)}::text[], ${placed.map((span) => span.start)}::int[], ${placed.map((span) => span.end)}::int[],
      ${placed.map((span) => span.exact)}::text[], ${placed.map((span) => span.prefix)}::text[],
      ${placed.map((span) => span.suffix)}::text[], ${placed.map((span) => span.state)}::text[]
    ) AS v(id, start, "end", exact, prefix, suffix, state)
    WHERE c.id = v.id`;
}

async function markWaitingClaims(tx: Prisma.TransactionClient, userId: string, waiting: { id: string; state: AnchorState }[]) {
  if (waiting.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Claim" AS c SET
      "anchorState" = v.state::"AnchorState", "revision" = c.revision + 1, "updatedById" = ${userId}, "updatedAt" = now()
    FROM unnest(${waiting.map((claim) => claim.id)}::text[], ${waiting.map((claim) => claim.state)}::text[]) AS v(id, state)
    WHERE c.id = v.id`;
}
