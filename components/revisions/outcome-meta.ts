import type { AnchorState } from "@/lib/db/generated/enums";

/** How each re-anchoring outcome is named to editors, in the order they are reviewed. */
export const OUTCOMES: { state: AnchorState; label: string; description: string }[] = [
  { state: "NEEDS_REVIEW", label: "Needs review", description: "Factdesk found a likely match but is not sure enough to move the claim." },
  { state: "ORPHANED", label: "Orphaned", description: "The claim's words are gone from this version. The claim keeps everything it holds." },
  { state: "MOVED", label: "Moved", description: "The words changed a little; the claim followed them." },
  { state: "ANCHORED", label: "Kept", description: "The exact words are still there." },
];
