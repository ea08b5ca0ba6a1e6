import { anchor } from "./anchor";
import { inPlace } from "./in-place";
import { mapSpan } from "./map-span";
import { exactCandidates, matchQuote, pickBest, SELF_EVIDENT_SCORE, type MatchOptions, type Scored } from "./match-quote";
import { movedCopies } from "./moved";
import { PositionMap } from "./position-map";
import { CONFIDENCE_THRESHOLD, discountAmbiguity, MAX_TEXT_CHANGE, textConfidence } from "./score";
import { contextSimilarity, editDistance } from "./similarity";
import { diffTexts } from "./text-diff";
import { TwinFinder } from "./twins";
import type { AnchorMatch, ClaimAnchor, ReanchorResult } from "./types";

/**
 * Where the diff says a claim went is strong evidence (unlike a stored offset in `anchor`), so closeness to
 * it weighs almost as much as the quote itself, in proportion to the share of the claim the diff carried.
 */
const DIFF_LOCATION_WEIGHT = 40;

/** A candidate made mostly of text the diff traces to another passage is that passage, not this claim. */
const MAX_FOREIGN_SHARE = 0.25;

/** A quote at least this long (one context side) that was unique in the old text is recognisable anywhere. */
const RECOGNISABLE_LENGTH = 32;

/**
 * Re-anchors claims described on `oldText` in `newText`. The two versions are diffed once; each claim's old
 * offsets are carried through the diff and its quote is checked there, and only if that fails looked for
 * elsewhere (exact copies anywhere, approximate ones in inserted text, where moved text lands).
 */
export function reanchorClaims(oldText: string, newText: string, claims: readonly ClaimAnchor[]): ReanchorResult[] {
  const map = new PositionMap(diffTexts(oldText, newText));
  const inserted = map.insertedRanges();
  const twins = new TwinFinder(oldText);
  return claims.map((claim) => verdict(newText, claim, findClaim(oldText, newText, claim, map, inserted, twins)));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function verdict(newText: string, claim: ClaimAnchor, best: AnchorMatch | null): ReanchorResult {
  const { id } = claim;
  if (!best) return { id, outcome: "orphaned", score: 0 };
  const score = round(best.score);
  if (score < CONFIDENCE_THRESHOLD) {
    return { id, outcome: "needs_review", score, candidate: { start: best.start, end: best.end, score } };
  }
  const same = newText.slice(best.start, best.end) === claim.exact;
  return { id, outcome: same ? "anchored" : "moved", start: best.start, end: best.end, score };
}

/** The same score marked down as a tie: the evidence cannot rule out another reading. */
const asTie = (m: AnchorMatch): AnchorMatch => ({ ...m, score: discountAmbiguity(m.score, m.score) });

const WORD = /[\p{L}\p{M}\p{N}_]/u;
const splitsWord = (text: string, i: number) => i > 0 && i < text.length && WORD.test(text[i - 1]) && WORD.test(text[i]);

function findClaim(
  oldText: string,
  newText: string,
  claim: ClaimAnchor,
  map: PositionMap,
  inserted: Array<[number, number]>,
  twins: TwinFinder,
): AnchorMatch | null {
  const { start, end, exact } = claim;
  const length = exact.length;
  if (length === 0) return null;

  // Offsets that no longer point at the quote in the old text (a stale row): find the quote in the old
  // text first and trace it from there; failing that, search the new text as `anchor` would.
  if (!(start >= 0 && end <= oldText.length && oldText.slice(start, end) === exact)) {
    const old = anchor(oldText, { quote: { type: "TextQuoteSelector", ...claim }, position: { type: "TextPositionSelector", start, end } });
    if (old && old.score >= CONFIDENCE_THRESHOLD && oldText.slice(old.start, old.end) === exact) {
      return findClaim(oldText, newText, { ...claim, start: old.start, end: old.end }, map, inserted, twins);
    }
    const hint = map.mapStart(Math.min(Math.max(0, start), oldText.length));
    return matchQuote(newText, claim, { hint, locationWeight: 2 });
  }

  const mapped = mapSpan(map, oldText, newText, start, end);
  const surviving = map.survivingLength(start, end);
  // Every character carried over unchanged, and nothing inserted between them: the claim is where it was.
  if (surviving === length && newText.slice(mapped.start, mapped.end) === exact) {
    return { start: mapped.start, end: mapped.end, score: 1 };
  }

  // Surviving pieces mapped into different blocks, or far apart, mean the diff tore the claim apart (its
  // text and a moved twin of part of it, say): whichever piece is chosen, a person should look.
  const torn =
    (!exact.includes("\n\n") && map.blocksHolding(newText, start, end) > 1) ||
    (surviving > 0 && mapped.end - mapped.start > 1.5 * length + 16);
  // Candidates must not be mostly another passage's text, nor cut words the claim did not cut.
  const wordStart = !splitsWord(oldText, start);
  const wordEnd = !splitsWord(oldText, end);
  const accept = (x: number, y: number) =>
    map.provenance(x, y, start, end).foreign <= MAX_FOREIGN_SHARE * (y - x) &&
    !(wordStart && splitsWord(newText, x)) &&
    !(wordEnd && splitsWord(newText, y));
  // If none of the claim's text survived in place, its old place says nothing about where it is now.
  const located = surviving > 0;
  const base: MatchOptions = {
    hint: located ? mapped.start : undefined,
    hintEnd: located ? Math.max(mapped.end, mapped.start + 1) : undefined,
    locationWeight: (DIFF_LOCATION_WEIGHT * surviving) / length,
    locationScale: Math.max(64, length),
    accept,
  };
  const twin = () => twins.hasNearCopy(start, end, Math.ceil(MAX_TEXT_CHANGE * length));

  const candidates: Scored[] = [];
  if (located) {
    const here = inPlace(newText, claim, mapped, base);
    const best = pickBest(here);
    if (best && best.score >= CONFIDENCE_THRESHOLD && !torn) {
      // Confident in place, unless the context disagrees and the old text had a near twin of the quote,
      // which the diff may have paired with this claim instead of its own (a moved paragraph said the same).
      const context =
        (contextSimilarity(newText, best.start, claim.prefix, "prefix") ?? 1) +
        (contextSimilarity(newText, best.end, claim.suffix, "suffix") ?? 1);
      return context < 1.5 && twin() ? asTie(best) : best;
    }
    candidates.push(...here);
  }

  // Not confidently in place: the quote may have moved. Exact copies anywhere (unless they are another
  // passage's text), else approximate copies in inserted text when most of the claim left its place.
  const moved = exactCandidates(newText, claim, base);
  if (moved.length === 0 && surviving < length / 2) moved.push(...movedCopies(oldText, newText, claim, inserted, base));
  candidates.push(...moved);
  const best = pickBest(candidates);
  if (!best) return null;
  if (torn) return asTie(best);
  if (!moved.some((c) => c.start === best.start && c.end === best.end)) return best;

  // The claim left its place and this is where its text turned up. If the old text held another passage
  // within a fifth of the quote, this may be that passage's text: as good as a tie, so a person decides.
  // If it held none, a recognisable quote with exactly one match now is that passage.
  if (twin()) return asTie(best);
  const alone = candidates.every((c) => c.end > best.start && c.start < best.end);
  if (alone && length >= RECOGNISABLE_LENGTH) {
    const similarity = 1 - editDistance(exact, newText.slice(best.start, best.end)) / length;
    return { ...best, score: Math.max(best.score, Math.min(SELF_EVIDENT_SCORE, textConfidence(similarity))) };
  }
  return best;
}
