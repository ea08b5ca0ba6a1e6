/**
 * Valid inputs for the suggested-claim actions: a suggestion stored on the cell's article's current version, and
 * for undoing a dismissal, one already dismissed.
 */
import type * as suggestions from "@/app/(app)/articles/[articleId]/suggestion-actions";
import type { SuggestionState } from "@/lib/db/generated/enums";
import type { InputsFor } from "./matrix-rows";
import type { Cell } from "./matrix-world";

async function suggestion(cell: Cell, state: SuggestionState): Promise<{ suggestionId: string }> {
  const version = await cell.db.articleVersion.findFirstOrThrow({ where: { articleId: cell.articleId }, orderBy: { number: "desc" }, select: { id: true } });
  // A span of its own per call: (version, start, end) is unique, and every cell adds one.
  const taken = await cell.db.suggestedClaim.count({ where: { versionId: version.id } });
  const created = await cell.db.suggestedClaim.create({
    data: { versionId: version.id, start: 0, end: 4 + taken, score: 0.9, state, decidedAt: state === "OPEN" ? null : new Date() },
    select: { id: true },
  });
  return { suggestionId: created.id };
}

export const suggestionInputs: InputsFor<typeof suggestions> = {
  acceptSuggestionAction: (cell) => suggestion(cell, "OPEN"),
  dismissSuggestionAction: (cell) => suggestion(cell, "OPEN"),
  restoreSuggestionAction: (cell) => suggestion(cell, "DISMISSED"),
};
