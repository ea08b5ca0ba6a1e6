import type { ExportClaim } from "@/lib/exports/export-model";

/** How many characters of article text a report shows on each side of a quote. */
export const CONTEXT_CHARS = 80;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

function collapse(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** The last ~`max` characters before a quote, cut at a word boundary, with "…" where text was dropped. */
export function trimBefore(text: string, max = CONTEXT_CHARS): string {
  const flat = collapse(text);
  if (flat.length <= max) return flat;
  let cut = flat.length - max;
  // Move forward to the next word start; with no space in reach (one long token), keep the hard cut.
  const space = flat.indexOf(" ", cut - 1);
  if (space !== -1 && space < flat.length - 1) cut = space + 1;
  else if (isHigh(flat.charCodeAt(cut - 1))) cut += 1; // never start on the second half of a surrogate pair
  return `…${flat.slice(cut)}`;
}

/** The first ~`max` characters after a quote, cut at a word boundary, with "…" where text was dropped. */
export function trimAfter(text: string, max = CONTEXT_CHARS): string {
  const flat = collapse(text);
  if (flat.length <= max) return flat;
  let cut = max;
  const space = flat.lastIndexOf(" ", max);
  if (space > 0) cut = space;
  else if (isHigh(flat.charCodeAt(cut - 1))) cut -= 1;
  return `${flat.slice(0, cut).trimEnd()}…`;
}

/** True when the claim's offsets still point at its quote in this version's text. */
export function isLocated(claim: ExportClaim, text: string): boolean {
  return (
    claim.anchorState !== "ORPHANED" &&
    claim.start >= 0 &&
    claim.start < claim.end &&
    claim.end <= text.length &&
    text.slice(claim.start, claim.end) === claim.exact
  );
}

/**
 * The words around a quote, ~80 characters each side. Stored prefix/suffix are only the anchoring context
 * (32 characters), so a located claim takes its context from the version text; an unlocated one falls back
 * to what was stored.
 */
export function claimContext(claim: ExportClaim, text: string): { before: string; after: string } {
  if (!isLocated(claim, text)) return { before: trimBefore(claim.prefix), after: trimAfter(claim.suffix) };
  const reach = CONTEXT_CHARS * 2; // enough to find a word boundary before the cut
  return {
    before: trimBefore(text.slice(Math.max(0, claim.start - reach), claim.start)),
    after: trimAfter(text.slice(claim.end, claim.end + reach)),
  };
}
