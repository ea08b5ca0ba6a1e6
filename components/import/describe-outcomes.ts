import type { AnchorState } from "@/lib/db/generated/enums";

/** One sentence on what happened to the claims when a new version came in, e.g. for a toast. */
export function describeOutcomes(outcomes: Record<AnchorState, number>): string {
  const parts = [
    outcomes.ANCHORED && `${outcomes.ANCHORED} kept their words`,
    outcomes.MOVED && `${outcomes.MOVED} moved with edited words`,
    outcomes.NEEDS_REVIEW && `${outcomes.NEEDS_REVIEW} need your review`,
    outcomes.ORPHANED && `${outcomes.ORPHANED} lost their words (kept, with their notes and sources)`,
  ].filter(Boolean);
  return parts.length === 0 ? "The article had no claims to carry over." : `Claims: ${parts.join(", ")}.`;
}
