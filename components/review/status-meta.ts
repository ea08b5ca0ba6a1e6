import type { ClaimStatus } from "@/lib/db/generated/enums";

/** How each verdict is shown: words, a symbol (so colour is never the only cue) and its keyboard key. */
export const STATUS_META: Record<ClaimStatus, { label: string; symbol: string; key: string; description: string }> = {
  UNREVIEWED: { label: "Unreviewed", symbol: "•", key: "1", description: "Not checked yet" },
  VERIFIED: { label: "Verified", symbol: "✓", key: "2", description: "Sources confirm it" },
  DISPUTED: { label: "Disputed", symbol: "✗", key: "3", description: "Sources contradict it" },
  UNSOURCED: { label: "Unsourced", symbol: "?", key: "4", description: "No source backs it" },
};

export const STATUSES: ClaimStatus[] = ["UNREVIEWED", "VERIFIED", "DISPUTED", "UNSOURCED"];

export const RELATION_LABELS = { SUPPORTS: "Supports", CONTRADICTS: "Contradicts", CONTEXT: "Context" } as const;
