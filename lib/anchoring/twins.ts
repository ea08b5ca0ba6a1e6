import { approxSearch } from "./approx-search";

/** Word pairs more frequent than this are too common to narrow the search ("of the"). */
const MAX_PAIR_USES = 64;

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/**
 * Finds near twins of passages of one text: another passage within a given number of edits. A twin matters
 * because the diff may pair a claim's words with its twin's, and a claim whose own copy left its place can
 * turn up as its twin. Scanning the whole text with approximate search for every claim that asks would cost
 * most of a re-anchoring run, so the search is limited to the neighbourhoods of the quote's word pairs
 * (a twin within a fifth of the quote's characters keeps at least one pair of consecutive words intact, unless
 * it was edited at nearly every word); the index of word pairs is built on first use.
 */
export class TwinFinder {
  private pairs: Map<string, number[]> | null = null;

  constructor(private readonly text: string) {}

  /** Whether text outside [start, end) holds a passage within `maxErrors` edits of text[start, end). */
  hasNearCopy(start: number, end: number, maxErrors: number): boolean {
    const quote = this.text.slice(start, end);
    const usable = pairKeys(quote)
      .map((p) => this.index().get(p.key) ?? [])
      .filter((uses) => uses.length <= MAX_PAIR_USES);
    // A quote of one word, or of common pairs only, gives nothing to narrow by: scan the whole text.
    if (usable.length === 0) return this.search(quote, maxErrors, 0, start) || this.search(quote, maxErrors, end, this.text.length);
    const sites = new Set(usable.flat());
    // Each site is where one of the quote's word pairs occurs; a twin holding it lies within a quote's
    // length (plus the edits) on either side.
    const reach = quote.length + maxErrors;
    const windows = [...sites].sort((a, b) => a - b).map((at) => [at - reach, at + reach] as [number, number]);
    for (const [lo, hi] of merge(windows)) {
      // The claim's own copy is not its twin: search around it, not through it.
      if (lo < start && this.search(quote, maxErrors, lo, Math.min(hi, start))) return true;
      if (hi > end && this.search(quote, maxErrors, Math.max(lo, end), hi)) return true;
    }
    return false;
  }

  private search(quote: string, maxErrors: number, lo: number, hi: number): boolean {
    return hi > lo && approxSearch(this.text, quote, maxErrors, lo, hi).length > 0;
  }

  private index(): Map<string, number[]> {
    if (!this.pairs) {
      this.pairs = new Map();
      for (const { key, at } of pairKeys(this.text)) {
        const uses = this.pairs.get(key);
        if (uses) uses.push(at);
        else this.pairs.set(key, [at]);
      }
    }
    return this.pairs;
  }
}

/** Consecutive word pairs of a text, lower-cased, with the offset of the first word. */
function pairKeys(text: string): Array<{ key: string; at: number }> {
  const words = [...text.matchAll(WORD)];
  const out: Array<{ key: string; at: number }> = [];
  for (let i = 0; i + 1 < words.length; i++) {
    out.push({ key: `${words[i][0].toLowerCase()} ${words[i + 1][0].toLowerCase()}`, at: words[i].index });
  }
  return out;
}

function merge(windows: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of windows) {
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
