import { suggestClaims } from "@/lib/assist/suggest-claims";
import type { Prisma } from "@/lib/db/generated/client";
import type { SuggestionState } from "@/lib/db/generated/enums";

export type StoreSuggestionsOptions = {
  versionId: string;
  text: string;
  /** The article's previous version: a sentence decided there (dismissed, or made a claim) stays decided here, word for word. */
  previous?: { versionId: string; text: string };
};

type Decision = { state: SuggestionState; decidedById: string | null; decidedAt: Date | null; claimId: string | null };

/** Decided sentences of a version, by their words, so a new version does not ask the team about them again. */
async function decidedSentences(tx: Prisma.TransactionClient, previous: { versionId: string; text: string }): Promise<Map<string, Decision>> {
  const rows = await tx.suggestedClaim.findMany({
    where: { versionId: previous.versionId, state: { not: "OPEN" } },
    select: { start: true, end: true, state: true, decidedById: true, decidedAt: true, claimId: true },
  });
  return new Map(rows.map(({ start, end, ...decision }) => [previous.text.slice(start, end), decision]));
}

/**
 * Scores every sentence of a version and stores the ones worth suggesting, once: a version already scored is left
 * as it is, so a second call (two first views at once, say) neither duplicates nor reopens anything.
 */
export async function storeSuggestions(tx: Prisma.TransactionClient, options: StoreSuggestionsOptions): Promise<number> {
  const marked = await tx.articleVersion.updateMany({
    where: { id: options.versionId, suggestionsScoredAt: null },
    data: { suggestionsScoredAt: new Date() },
  });
  if (marked.count === 0) return 0;
  const suggestions = suggestClaims(options.text);
  const decided = options.previous ? await decidedSentences(tx, options.previous) : new Map<string, Decision>();
  const rows = suggestions.map((s) => ({
    versionId: options.versionId,
    start: s.start,
    end: s.end,
    score: s.score,
    hedge: s.hedge,
    ...decided.get(options.text.slice(s.start, s.end)),
  }));
  // In chunks: one statement per 1,000 rows stays well below PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < rows.length; i += 1_000) {
    await tx.suggestedClaim.createMany({ data: rows.slice(i, i + 1_000), skipDuplicates: true });
  }
  return rows.length;
}
