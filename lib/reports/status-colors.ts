import type { ClaimStatus } from "@/lib/db/generated/enums";

/**
 * One colour set per status, shared by every report format so a reader learns them once.
 * `solid` (bars, markers, status labels) has at least 4.5:1 contrast on white, so it also works as text colour;
 * `tint` is the highlight behind article text, where body text (#1f2328) keeps more than 11:1.
 * Colour is never the only carrier: every bar and highlight is labelled or numbered as well.
 */
export type StatusColor = { solid: string; tint: string };

export const STATUS_COLORS: Record<ClaimStatus, StatusColor> = {
  VERIFIED: { solid: "#1a7f37", tint: "#d1f0d9" },
  DISPUTED: { solid: "#c62828", tint: "#fbd3d3" },
  UNSOURCED: { solid: "#b35900", tint: "#ffe7b3" },
  UNREVIEWED: { solid: "#6e7781", tint: "#e4e7eb" },
};

/** The order statuses are listed in summaries and charts: settled outcomes first, the backlog last. */
export const STATUS_ORDER: readonly ClaimStatus[] = ["VERIFIED", "DISPUTED", "UNSOURCED", "UNREVIEWED"];

/** Body text colour on tints and on white. */
export const INK = "#1f2328";
/** Secondary text (labels, timestamps): 7:1 on white. */
export const MUTED_INK = "#4b535c";
