/**
 * What the editor needs to know about a claim to draw it. Offsets are into `docToText(doc).text`
 * (UTF-16 code units, end exclusive), the same text the server anchors claims in.
 */

export const CLAIM_STATUSES = ["UNREVIEWED", "VERIFIED", "DISPUTED", "UNSOURCED"] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export type ClaimHighlight = { id: string; start: number; end: number; status: ClaimStatus };

/** The non-colour cue for each status: a symbol drawn in the badge and the word shown as its tooltip. */
export const STATUS_BADGE: Readonly<Record<ClaimStatus, { symbol: string; word: string }>> = {
  VERIFIED: { symbol: "\u2713", word: "Verified" },
  DISPUTED: { symbol: "\u2717", word: "Disputed" },
  UNSOURCED: { symbol: "?", word: "Unsourced" },
  UNREVIEWED: { symbol: "\u2022", word: "Unreviewed" },
};

/** True when two claim rows would be drawn identically (same span, same status). */
export function sameHighlight(a: ClaimHighlight, b: ClaimHighlight): boolean {
  return a.id === b.id && a.start === b.start && a.end === b.end && a.status === b.status;
}
