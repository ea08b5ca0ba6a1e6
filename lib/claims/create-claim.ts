import { describe } from "@/lib/anchoring";
import { articleVersionText } from "@/lib/articles/version-text";
import { db, type Db, type DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { newId } from "@/lib/db/new-id";
import { AppError, notFound } from "@/lib/errors/app-error";
import { enqueueClaimEvent } from "@/lib/webhooks/enqueue-claim-event";
import { createdEventAfter, insertClaimSql, type InsertClaim } from "./claim-write-sql";
import type { ClaimView } from "./claim-view";
import { claimViewFromSql, type ClaimViewSqlRow } from "./claim-view-sql";
import { splitsCharacter } from "./splits-character";

export type CreateClaimOptions = {
  userId: string;
  articleId: string;
  /**
   * The version whose text `start` and `end` count in: the one on the editor's screen. The claim is refused when it
   * is no longer the current version, rather than landing on other words. Without it, the current version.
   */
  versionId?: string;
  start: number;
  end: number;
};

/**
 * Marks a span of the article's current version as a claim (Unreviewed), with its W3C selectors and a history
 * entry. One statement when no webhook listens and the version's text is in memory; otherwise a transaction that
 * also queues the deliveries (or says that a newer version came in).
 */
export async function createClaim(options: CreateClaimOptions, client: Db = db()): Promise<ClaimView> {
  const claim = await prepareClaim(client, options);
  const [written] = await client.$queryRaw<ClaimViewSqlRow[]>(insertClaimSql(claim, { unlessWebhooksListen: true }));
  if (!written) return client.$transaction((tx) => insertWithDeliveries(tx, claim));
  return claimViewFromSql(written);
}

/** createClaim inside the caller's transaction, for writes that make a claim together with something else. */
export async function createClaimInTransaction(tx: Prisma.TransactionClient, options: CreateClaimOptions): Promise<ClaimView> {
  return insertWithDeliveries(tx, await prepareClaim(tx, options));
}

async function insertWithDeliveries(tx: Prisma.TransactionClient, claim: InsertClaim): Promise<ClaimView> {
  const [written] = await tx.$queryRaw<ClaimViewSqlRow[]>(insertClaimSql(claim, { unlessWebhooksListen: false }));
  if (!written) throw await whyNotInserted(tx, claim.articleId);
  await enqueueClaimEvent(tx, { claimId: claim.id, actorId: claim.userId, kind: "CREATED", after: createdEventAfter(claim) });
  return claimViewFromSql(written);
}

/** Checks the span against the version's text and describes it; refusals say what to do. */
async function prepareClaim(client: DbOrTx, options: CreateClaimOptions): Promise<InsertClaim> {
  const versionId = options.versionId ?? (await currentVersionId(client, options.articleId));
  const text = versionId && (await articleVersionText(client, options.articleId, versionId));
  if (!versionId || text === null) throw notFound(options.versionId ? "That article version" : "That article");
  const { start, end } = options;
  if (start >= end || end > text.length) {
    throw new AppError("INVALID_INPUT", "The selection is outside the article text. Select the words again.");
  }
  if (splitsCharacter(text, start) || splitsCharacter(text, end)) {
    throw new AppError("INVALID_INPUT", "The selection starts or ends inside a character (an emoji, for example). Select the words again.");
  }
  if (text.slice(start, end).trim() === "") {
    throw new AppError("INVALID_INPUT", "The selection has no words in it. Select the words that make the claim.");
  }
  return { id: newId(), articleId: options.articleId, versionId, userId: options.userId, start, end, quote: describe(text, start, end).quote };
}

async function currentVersionId(client: DbOrTx, articleId: string): Promise<string | null> {
  const version = await client.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true } });
  return version?.id ?? null;
}

/** The insert found its version no longer current: a newer version came in, or the article was deleted meanwhile. */
async function whyNotInserted(client: DbOrTx, articleId: string): Promise<AppError> {
  if (!(await client.article.findUnique({ where: { id: articleId }, select: { id: true } }))) return notFound("That article");
  return new AppError("CONFLICT", "This article has a newer version since you opened it. Open the new version (reload the page) and mark the words on its text.");
}
