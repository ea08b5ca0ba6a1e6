import { sameHighlight, type ClaimHighlight } from "./claim-types";

export type ClaimsDiff = { upserts: ClaimHighlight[]; removals: string[] };

/** What changed between two lists of claim rows (by id, span and status), so only those claims are redrawn. */
export function diffClaims(previous: readonly ClaimHighlight[], next: readonly ClaimHighlight[]): ClaimsDiff {
  const before = new Map(previous.map((c) => [c.id, c]));
  const upserts: ClaimHighlight[] = [];
  const seen = new Set<string>();
  for (const claim of next) {
    seen.add(claim.id);
    const old = before.get(claim.id);
    if (!old || !sameHighlight(old, claim)) upserts.push(claim);
  }
  const removals = previous.filter((c) => !seen.has(c.id)).map((c) => c.id);
  return { upserts, removals };
}
