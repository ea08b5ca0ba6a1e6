import { describe } from "@/lib/anchoring";
import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { readClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { splitsCharacter } from "./splits-character";
import { updateWithRevision } from "./update-with-revision";

export type ReattachClaimOptions = {
  userId: string;
  claimId: string;
  revision: number;
  /** The new span in the article's current version, UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  /** Why the claim moved: a person chose the words, or accepted the suggestion re-anchoring offered. */
  reason: "selected" | "accepted-suggestion";
};

/**
 * Moves a claim onto a span of the current version, keeping its verdict, note, sources and history. Used when a
 * re-anchoring was doubtful or the words were reworded beyond recognition, and whenever a reviewer simply decides the
 * claim covers different words. The move is an ANCHOR_MOVED event with both spans.
 */
export async function reattachClaim(options: ReattachClaimOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: options.claimId }, select: { articleId: true, versionId: true, start: true, end: true, exact: true, anchorState: true } });
    if (!claim) throw notFound("That claim");
    const version = await tx.articleVersion.findFirst({ where: { articleId: claim.articleId }, orderBy: { number: "desc" }, select: { id: true, text: true } });
    if (!version) throw notFound("That article");
    const { start, end } = options;
    if (start >= end || end > version.text.length) {
      throw new AppError("INVALID_INPUT", "The new span is outside the article text. Select the words again.");
    }
    if (splitsCharacter(version.text, start) || splitsCharacter(version.text, end)) {
      throw new AppError("INVALID_INPUT", "The new span starts or ends inside a character (an emoji, for example). Select the words again.");
    }
    if (version.text.slice(start, end).trim() === "") {
      throw new AppError("INVALID_INPUT", "The new span has no words in it. Select the words that make the claim.");
    }
    const { quote } = describe(version.text, start, end);
    await updateWithRevision(tx, {
      claimId: options.claimId,
      revision: options.revision,
      actorId: options.userId,
      data: { versionId: version.id, start, end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, anchorState: "ANCHORED" },
    });
    // The placement on this version now records the person's decision, replacing re-anchoring's guess.
    await tx.claimPlacement.upsert({
      where: { claimId_versionId: { claimId: options.claimId, versionId: version.id } },
      create: { claimId: options.claimId, versionId: version.id, state: "ANCHORED", start, end, score: 1 },
      update: { state: "ANCHORED", start, end, score: 1, candidateStart: null, candidateEnd: null },
    });
    await recordEvent(tx, {
      claimId: options.claimId,
      actorId: options.userId,
      kind: "ANCHOR_MOVED",
      before: { versionId: claim.versionId, start: claim.start, end: claim.end, exact: claim.exact, state: claim.anchorState },
      after: { versionId: version.id, start, end, exact: quote.exact, reason: options.reason },
    });
    await publishClaimChange(tx, { claimId: options.claimId, actorId: options.userId, change: "updated" });
    return readClaimView(tx, options.claimId);
  });
}
