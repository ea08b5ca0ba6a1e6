import { describe } from "@/lib/anchoring";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { claimViewSelect, toClaimView, type ClaimView } from "./claim-view";
import { recordEvent } from "./record-event";
import { splitsCharacter } from "./splits-character";

export type CreateClaimOptions = { userId: string; articleId: string; start: number; end: number };

/** Marks a span of the article's current version as a claim (Unreviewed), with its W3C selectors and a history entry. */
export async function createClaim(options: CreateClaimOptions, client: Db = db()): Promise<ClaimView> {
  return client.$transaction((tx) => createClaimInTransaction(tx, options));
}

/** createClaim inside the caller's transaction, for writes that make a claim together with something else. */
export async function createClaimInTransaction(tx: Prisma.TransactionClient, options: CreateClaimOptions): Promise<ClaimView> {
  const version = await tx.articleVersion.findFirst({
    where: { articleId: options.articleId },
    orderBy: { number: "desc" },
    select: { id: true, text: true },
  });
  if (!version) throw notFound("That article");
  const { start, end } = options;
  if (start >= end || end > version.text.length) {
    throw new AppError("INVALID_INPUT", "The selection is outside the article text. Select the words again.");
  }
  if (splitsCharacter(version.text, start) || splitsCharacter(version.text, end)) {
    throw new AppError("INVALID_INPUT", "The selection starts or ends inside a character (an emoji, for example). Select the words again.");
  }
  if (version.text.slice(start, end).trim() === "") {
    throw new AppError("INVALID_INPUT", "The selection has no words in it. Select the words that make the claim.");
  }
  const { quote } = describe(version.text, start, end);
  const claim = await tx.claim.create({
    data: {
      articleId: options.articleId,
      versionId: version.id,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start,
      end,
      createdById: options.userId,
      updatedById: options.userId,
    },
    select: claimViewSelect,
  });
  await tx.claimPlacement.create({ data: { claimId: claim.id, versionId: version.id, state: "ANCHORED", start, end, score: 1 } });
  await recordEvent(tx, { claimId: claim.id, actorId: options.userId, kind: "CREATED", after: { start, end, exact: quote.exact } });
  await publishClaimChange(tx, { claimId: claim.id, actorId: options.userId, change: "created" });
  return toClaimView(claim);
}
