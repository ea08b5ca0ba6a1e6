import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { assertNotApproved } from "@/lib/activity/approval-rules";
import { claimViewSelect, readClaimView, toClaimView, type ClaimView } from "@/lib/claims/claim-view";
import { recordEvent } from "@/lib/claims/record-event";
import { MAX_SOURCES_PER_CLAIM } from "@/lib/claims/schemas";
import { setClaimStatusInTransaction } from "@/lib/claims/set-claim-status";
import { updateClaimNoteInTransaction } from "@/lib/claims/update-claim-note";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { listClaimAppearances } from "./list-claim-appearances";

export type CopyVerdictOptions = {
  userId: string;
  /** The claim that receives the verdict. */
  claimId: string;
  /** The revision of that claim the reviewer saw when confirming: if it moved on since, nothing is copied. */
  revision: number;
  /** The linked claim (same team, linked directly or through others) whose verdict is copied. */
  fromClaimId: string;
  /** What to copy; at least one. Sources already on the claim (same address) are not added twice. */
  copy: { status?: boolean; sources?: boolean; note?: boolean };
};

export type CopyVerdictResult = {
  claim: ClaimView;
  copied: { status: ClaimStatus | null; note: boolean; sourcesAdded: number; sourcesAlreadyThere: number };
};

/**
 * Copies a linked claim's verdict onto a claim after the reviewer confirmed: its status, its sources and, if asked,
 * its note. One transaction through the claim functions' in-transaction variants, so every change writes its history
 * entry and either everything is copied or nothing is (stale revision, approval lock, source limit).
 */
export async function copyVerdict(options: CopyVerdictOptions, client: Db = db()): Promise<CopyVerdictResult> {
  const { userId, claimId, fromClaimId, copy } = options;
  if (claimId === fromClaimId) throw new AppError("INVALID_INPUT", "A claim cannot copy its own verdict.");
  if (!copy.status && !copy.sources && !copy.note) throw new AppError("INVALID_INPUT", "Choose what to copy: the status, the sources or the note.");

  return client.$transaction(async (tx) => {
    // Lock the receiving claim first: no source, status or note can slip in between the checks and the writes.
    const locked = await tx.$queryRaw<{ teamId: string; revision: number; approvedAt: Date | null }[]>`
      SELECT a."teamId", c."revision", c."approvedAt"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."id" = ${claimId} AND c."deletedAt" IS NULL
      FOR UPDATE OF c`;
    if (locked.length === 0) throw notFound("That claim");
    const target = locked[0];
    const from = await tx.claim.findUnique({
      where: { id: fromClaimId },
      select: { status: true, note: true, deletedAt: true, article: { select: { teamId: true } }, sources: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
    });
    if (!from || from.deletedAt || from.article.teamId !== target.teamId) throw notFound("That linked claim");
    const appearances = await listClaimAppearances({ teamId: target.teamId, claimId }, tx);
    if (!appearances.some((a) => a.claimId === fromClaimId)) {
      throw new AppError("INVALID_INPUT", "Link the two claims as the same claim before copying a verdict from one to the other.");
    }
    if (target.revision !== options.revision) await refuseStale(tx, claimId);
    assertNotApproved(target);
    if (copy.status && from.status === "UNREVIEWED") throw new AppError("INVALID_INPUT", "The linked claim has no verdict yet: there is no status to copy.");
    if (copy.note && from.note === null) throw new AppError("INVALID_INPUT", "The linked claim has no note to copy.");

    let sourcesAdded = 0;
    let sourcesAlreadyThere = 0;
    if (copy.sources) {
      const existing = await tx.sourceLink.findMany({ where: { claimId }, select: { url: true } });
      const present = new Set(existing.map((s) => s.url));
      const missing: typeof from.sources = [];
      for (const s of from.sources) {
        if (present.has(s.url)) continue;
        present.add(s.url);
        missing.push(s);
      }
      sourcesAlreadyThere = from.sources.length - missing.length;
      const total = existing.length + missing.length;
      if (total > MAX_SOURCES_PER_CLAIM) {
        throw new AppError(
          "INVALID_INPUT",
          `Copying would give this claim ${total} sources; one claim can hold ${MAX_SOURCES_PER_CLAIM}. Remove some first, or copy without the sources.`,
        );
      }
      for (const s of missing) {
        const source = await tx.sourceLink.create({
          data: { claimId, url: s.url, title: s.title, publisher: s.publisher, relation: s.relation, accessedAt: s.accessedAt, addedById: userId },
          select: { id: true, url: true, title: true, publisher: true, relation: true },
        });
        await recordEvent(tx, { claimId, actorId: userId, kind: "SOURCE_ADDED", after: source });
      }
      sourcesAdded = missing.length;
    }

    let revision = options.revision;
    let view: ClaimView | null = null;
    const current = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true } });
    const status = copy.status && current.status !== from.status ? from.status : null;
    if (status) {
      view = await setClaimStatusInTransaction(tx, { userId, claimId, revision, status });
      revision = view.revision;
    }
    if (copy.note) view = await updateClaimNoteInTransaction(tx, { userId, claimId, revision, note: from.note });
    // The status and note writes announce the change themselves; sources alone must say so.
    if (!view && sourcesAdded > 0) await publishClaimChange(tx, { claimId, actorId: userId, change: "updated" });
    view ??= await readClaimView(tx, claimId);
    return { claim: view, copied: { status, note: !!copy.note, sourcesAdded, sourcesAlreadyThere } };
  });
}

/** The same CONFLICT the claim editors answer: the claim as it is now, and who changed it. */
async function refuseStale(tx: Prisma.TransactionClient, claimId: string): Promise<never> {
  const current = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimViewSelect });
  const who = current.updatedBy.name ?? "a teammate";
  throw new AppError("CONFLICT", `This claim was changed by ${who} since you opened it. Review their version, then copy the verdict again if it still holds.`, {
    details: { current: toClaimView(current) },
  });
}
