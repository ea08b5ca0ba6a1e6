import type { Run } from "./text-diff";

/**
 * Offsets of an old text carried into a new one through a diff, computed once per pair of versions.
 * Lookups are binary searches over the runs, so each claim costs O(log runs).
 */
export class PositionMap {
  private readonly runs: Run[];

  constructor(runs: Run[]) {
    this.runs = runs;
  }

  /** Index of the run whose [lo, hi) on one side contains `offset` (or the last run when offset is the end). */
  private find(offset: number, side: "a" | "b"): number {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const start = side === "a" ? runs[mid].aStart : runs[mid].bStart;
      if (start <= offset) lo = mid;
      else hi = mid - 1;
    }
    // Skip empty runs on this side (pure insertions have no old text, pure deletions no new text).
    while (lo + 1 < runs.length && (side === "a" ? runs[lo].aEnd : runs[lo].bEnd) <= offset) lo += 1;
    return lo;
  }

  /** The run holding old character `offset`, if any. */
  runAt(offset: number): Run | undefined {
    if (this.runs.length === 0 || offset < 0) return undefined;
    const r = this.runs[this.find(offset, "a")];
    return offset >= r.aStart && offset < r.aEnd ? r : undefined;
  }

  /** Where a span starting at old `offset` starts now; inside a change, the start of its replacement. */
  mapStart(offset: number): number {
    if (this.runs.length === 0) return 0;
    const r = this.runs[this.find(offset, "a")];
    if (offset >= r.aEnd) return r.bEnd;
    return r.equal ? r.bStart + (offset - r.aStart) : r.bStart;
  }

  /** Where a span ending at old `offset` (exclusive) ends now; inside a change, the end of its replacement. */
  mapEnd(offset: number): number {
    if (this.runs.length === 0) return 0;
    if (offset <= 0) return this.mapStart(0);
    const r = this.runs[this.find(offset - 1, "a")];
    return r.equal ? r.bStart + (offset - r.aStart) : r.bEnd;
  }

  /**
   * Of the new span [start, end), how many units are unchanged text copied from old [lo, hi) ("own") and how
   * many are unchanged text copied from elsewhere in the old text ("foreign"). Inserted text is neither.
   */
  provenance(start: number, end: number, lo: number, hi: number): { own: number; foreign: number } {
    let own = 0;
    let foreign = 0;
    if (this.runs.length === 0 || end <= start) return { own, foreign };
    for (let k = this.find(start, "b"); k < this.runs.length && this.runs[k].bStart < end; k++) {
      const r = this.runs[k];
      if (!r.equal) continue;
      const from = Math.max(start, r.bStart);
      const to = Math.min(end, r.bEnd);
      if (to <= from) continue;
      // The overlap maps back to old [oldFrom, oldTo); split it into the part inside [lo, hi) and the rest.
      const oldFrom = r.aStart + (from - r.bStart);
      const oldTo = oldFrom + (to - from);
      const inside = Math.max(0, Math.min(oldTo, hi) - Math.max(oldFrom, lo));
      own += inside;
      foreign += to - from - inside;
    }
    return { own, foreign };
  }

  /** Units of old [lo, hi) that survive unchanged in the new text. */
  survivingLength(lo: number, hi: number): number {
    let kept = 0;
    if (this.runs.length === 0 || hi <= lo) return kept;
    for (let k = this.find(lo, "a"); k < this.runs.length && this.runs[k].aStart < hi; k++) {
      const r = this.runs[k];
      if (r.equal) kept += Math.max(0, Math.min(hi, r.aEnd) - Math.max(lo, r.aStart));
    }
    return kept;
  }

  /**
   * In how many blocks (text between blank lines) of the new text the surviving parts of old [lo, hi) lie;
   * meant for spans without a blank line of their own.
   */
  blocksHolding(newText: string, lo: number, hi: number): number {
    const blocks = new Set<number>();
    for (let k = this.runs.length === 0 ? 0 : this.find(lo, "a"); k < this.runs.length && this.runs[k].aStart < hi; k++) {
      const r = this.runs[k];
      const from = r.bStart + Math.max(0, lo - r.aStart);
      const to = r.bStart + Math.min(r.aEnd, hi) - r.aStart;
      if (r.equal && to > from) blocks.add(newText.lastIndexOf("\n\n", from));
    }
    return blocks.size;
  }

  /** The changes' new-text ranges: the only places text can have moved to. */
  insertedRanges(): Array<[number, number]> {
    return this.runs.filter((r) => !r.equal && r.bEnd > r.bStart).map((r) => [r.bStart, r.bEnd]);
  }
}
