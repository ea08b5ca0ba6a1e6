import type { ClaimStatus } from "@/lib/db/generated/enums";

export type Verdict = Exclude<ClaimStatus, "UNREVIEWED">;

/**
 * How Factdesk's verdicts read as a schema.org Rating. Google asks for a documented number-to-text scale;
 * this is it, on schema.org's default 1..5:
 *
 *   5  Accurate    (Verified:  the sources checked support the claim)
 *   3  Unproven    (Unsourced: no source was found that settles it either way)
 *   1  Disputed    (Disputed:  the sources checked contradict the claim)
 *
 * `alternateName` is the verdict readers are shown; `name` says in the editor's words what the reviewer decided.
 * "Disputed" rather than "False" because a Factdesk reviewer marks a claim disputed when evidence contradicts it,
 * which is not always a finding that every word is false. Unreviewed claims have no rating and are never exported.
 */
export const RATING_SCALE = {
  bestRating: 5,
  worstRating: 1,
  verdicts: {
    VERIFIED: { ratingValue: 5, alternateName: "Accurate", name: "Verified: the sources checked support the claim" },
    UNSOURCED: { ratingValue: 3, alternateName: "Unproven", name: "Unsourced: no source found settles the claim either way" },
    DISPUTED: { ratingValue: 1, alternateName: "Disputed", name: "Disputed: the sources checked contradict the claim" },
  },
} as const satisfies {
  bestRating: number;
  worstRating: number;
  verdicts: Record<Verdict, { ratingValue: number; alternateName: string; name: string }>;
};
