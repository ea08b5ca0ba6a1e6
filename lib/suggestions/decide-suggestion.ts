import { createClaimInTransaction } from "@/lib/claims/create-claim";
import type { ClaimView } from "@/lib/claims/claim-view";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors/app-error";

type Decision = { userId: string; suggestionId: string };

const DECIDED = {
  ACCEPTED: "A teammate already made this suggestion a claim.",
  DISMISSED: "A teammate already dismissed this suggestion.",
} as const;

/** The suggestion, checked to be open and on its article's newest version (offsets point into that text only). */
async function openSuggestion(tx: Prisma.TransactionClient, suggestionId: string) {
  const suggestion = await tx.suggestedClaim.findUnique({
    where: { id: suggestionId },
    select: { id: true, start: true, end: true, state: true, version: { select: { articleId: true, number: true } } },
  });
  if (!suggestion) throw notFound("That suggestion");
  if (suggestion.state !== "OPEN") throw new AppError("CONFLICT", DECIDED[suggestion.state]);
  const latest = await tx.articleVersion.findFirstOrThrow({
    where: { articleId: suggestion.version.articleId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  if (latest.number !== suggestion.version.number) {
    throw new AppError("CONFLICT", `The article has a newer version (version ${latest.number}). Reload the page to see its suggestions.`);
  }
  return suggestion;
}

/** Marks an open suggestion decided; false when a teammate decided it first (the row lock makes this exact). */
async function decide(tx: Prisma.TransactionClient, suggestionId: string, data: Prisma.SuggestedClaimUncheckedUpdateManyInput): Promise<void> {
  const changed = await tx.suggestedClaim.updateMany({ where: { id: suggestionId, state: "OPEN" }, data });
  if (changed.count === 0) {
    const now = await tx.suggestedClaim.findUniqueOrThrow({ where: { id: suggestionId }, select: { state: true } });
    throw new AppError("CONFLICT", now.state === "OPEN" ? "The suggestion changed meanwhile. Try again." : DECIDED[now.state]);
  }
}

/** Makes the suggested sentence an Unreviewed claim, in one transaction with marking the suggestion accepted. */
export async function acceptSuggestion(options: Decision, client: Db = db()): Promise<{ suggestionId: string; claim: ClaimView }> {
  return client.$transaction(async (tx) => {
    const suggestion = await openSuggestion(tx, options.suggestionId);
    const claim = await createClaimInTransaction(tx, { userId: options.userId, articleId: suggestion.version.articleId, start: suggestion.start, end: suggestion.end });
    await decide(tx, suggestion.id, { state: "ACCEPTED", decidedById: options.userId, decidedAt: new Date(), claimId: claim.id });
    return { suggestionId: suggestion.id, claim };
  });
}

/** Hides a suggestion from the team, on this version and (for the same words) on later ones. */
export async function dismissSuggestion(options: Decision, client: Db = db()): Promise<{ suggestionId: string }> {
  return client.$transaction(async (tx) => {
    const suggestion = await openSuggestion(tx, options.suggestionId);
    await decide(tx, suggestion.id, { state: "DISMISSED", decidedById: options.userId, decidedAt: new Date() });
    return { suggestionId: suggestion.id };
  });
}

/** Undoes a dismissal: the suggestion is open again. Accepted suggestions stay accepted (delete the claim instead). */
export async function restoreSuggestion(options: Decision, client: Db = db()): Promise<{ suggestionId: string }> {
  const changed = await client.suggestedClaim.updateMany({
    where: { id: options.suggestionId, state: "DISMISSED" },
    data: { state: "OPEN", decidedById: null, decidedAt: null },
  });
  if (changed.count === 0) {
    const now = await client.suggestedClaim.findUnique({ where: { id: options.suggestionId }, select: { state: true } });
    if (!now) throw notFound("That suggestion");
    throw new AppError("CONFLICT", now.state === "ACCEPTED" ? DECIDED.ACCEPTED : "That suggestion is open already.");
  }
  return { suggestionId: options.suggestionId };
}
