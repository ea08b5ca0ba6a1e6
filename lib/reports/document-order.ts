import type { ExportClaim } from "@/lib/exports/export-model";

/**
 * Claims in reading order: by start, then end; orphaned claims (no place in this version) last, in their given
 * order. The loader already sorts this way, but numbering must not depend on a caller remembering to.
 */
export function inDocumentOrder<T extends Pick<ExportClaim, "start" | "end" | "anchorState">>(claims: readonly T[]): T[] {
  const placed = claims.filter((c) => c.anchorState !== "ORPHANED");
  const orphaned = claims.filter((c) => c.anchorState === "ORPHANED");
  // Array.prototype.sort is stable, so claims on the same span keep their given order.
  return [...placed.sort((a, b) => a.start - b.start || a.end - b.end), ...orphaned];
}
