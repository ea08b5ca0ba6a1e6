// Seeded random editing of an article, keeping track of where every original character went, so the
// right answer for each claim after the edit is known. Used by the synthetic re-anchoring test and the bench.
import { paragraphs, pick, randomInt, type Span } from "./support";

export type EditKind = "typo" | "insert" | "delete" | "rewrite" | "move" | "claim-edit";

/** Relative frequency of each kind of edit event (a rewrite or a move touches many words at once). */
const KIND_WEIGHTS: Array<[EditKind, number]> = [
  ["typo", 30],
  ["insert", 15],
  ["delete", 15],
  ["claim-edit", 25],
  ["rewrite", 10],
  ["move", 5],
];

/** Original [start, end) replaced by `text` (an insertion when start === end). */
type Replacement = { start: number; end: number; text: string };

/** A piece of the new text: copied from original [origStart, origEnd), or replacing that range with other text. */
type Piece = { newStart: number; text: string; copied: boolean; origStart: number; origEnd: number };

export type Counterpart = {
  /** Where the claim's text is now, at its widest; empty (start === end) when all of it was deleted. */
  start: number;
  end: number;
  /**
   * Where its edges may fairly be put. An edge character that survived has one right place. An edge word
   * that was replaced makes the edge a matter of reading: anywhere from the replacement's outer end to the
   * claim's first (last) surviving character is right.
   */
  startRange: [number, number];
  endRange: [number, number];
  /** Share of the claim's non-space characters that are still there, unchanged. */
  survival: number;
};

export type EditedText = {
  text: string;
  /** Words of the original touched by an edit (moved, changed, deleted) plus words inserted. */
  touchedWords: number;
  totalWords: number;
  kinds: Record<EditKind, number>;
  counterpart(span: Span): Counterpart;
};

type Word = Span & { para: number };

/**
 * Applies random edits to `original` (paragraphs separated by blank lines) until `rate` of its words are
 * touched: typos (one letter substituted), insertions and deletions of 1-5 words, sentence rewrites (30-100%
 * of the words replaced, a word dropped or added), paragraph moves, and edits inside the given claim spans.
 */
export function applyRandomEdits(
  original: string,
  rate: number,
  rng: () => number,
  claims: Span[],
  vocabulary: string[],
): EditedText {
  const paras = paragraphs(original);
  const words: Word[] = [];
  paras.forEach((p, para) => {
    for (const m of original.slice(p.start, p.end).matchAll(/\S+/g)) {
      words.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, para });
    }
  });
  const claimed = new Uint8Array(words.length);
  const wordAt = (offset: number) => words.findIndex((w) => w.end > offset);
  const replacements: Replacement[] = [];
  const kinds: Record<EditKind, number> = { typo: 0, insert: 0, delete: 0, rewrite: 0, move: 0, "claim-edit": 0 };
  const order = paras.map((_, i) => i);
  const moved = new Set<number>();
  let touched = 0;
  const budget = Math.max(1, Math.round(rate * words.length));
  const free = (i: number, j: number) => {
    for (let k = i; k <= j; k++) if (k < 0 || k >= words.length || claimed[k]) return false;
    return words[i].para === words[j].para;
  };
  const claim = (i: number, j: number) => {
    for (let k = i; k <= j; k++) claimed[k] = 1;
    touched += j - i + 1;
  };
  const newWords = (n: number) => Array.from({ length: n }, () => pick(rng, vocabulary)).join(" ");
  const sameParaBefore = (i: number) => i > 0 && words[i - 1].para === words[i].para;

  const typo = (i: number): boolean => {
    const w = words[i];
    const letters = [...original.slice(w.start, w.end).matchAll(/[a-z]/gi)].map((m) => m.index);
    if (letters.length === 0) return false;
    const at = w.start + pick(rng, letters);
    const old = original[at];
    let next = old;
    while (next.toLowerCase() === old.toLowerCase()) next = String.fromCharCode(97 + randomInt(rng, 0, 25));
    replacements.push({ start: at, end: at + 1, text: old === old.toUpperCase() ? next.toUpperCase() : next });
    return true;
  };
  const substitute = (i: number) => {
    // Keep surrounding punctuation so the sentence structure stays; replace the word itself.
    const w = words[i];
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(original.slice(w.start, w.end));
    const lead = m?.[1].length ?? 0;
    const trail = m?.[3].length ?? 0;
    if (w.end - trail <= w.start + lead) return false;
    replacements.push({ start: w.start + lead, end: w.end - trail, text: newWords(1) });
    return true;
  };
  const remove = (i: number, j: number) => {
    // Take the space before the words with them (or after, at a paragraph start); never empty a paragraph.
    if (sameParaBefore(i)) replacements.push({ start: words[i - 1].end, end: words[j].end, text: "" });
    else if (j + 1 < words.length && words[j + 1].para === words[i].para && !claimed[j + 1]) {
      replacements.push({ start: words[i].start, end: words[j + 1].start, text: "" });
      claimed[j + 1] = 1; // the space before it is gone: no other edit may take that space too
    } else return false;
    return true;
  };
  const insertAfter = (i: number, n: number) => {
    replacements.push({ start: words[i].end, end: words[i].end, text: ` ${newWords(n)}` });
    touched += n;
  };

  // Words the next edit of a kind would touch at most (rewrites and moves are sized when drawn).
  let nextSentence: [number, number] = [0, 0];
  let nextPara = 0;
  const sizeOf = (kind: EditKind): number => {
    if (kind === "rewrite") {
      nextSentence = sentenceAround(randomInt(rng, 0, words.length - 1));
      return nextSentence[1] - nextSentence[0] + 2;
    }
    if (kind === "move") {
      nextPara = randomInt(rng, 0, paras.length - 1);
      return words.filter((w) => w.para === nextPara).length;
    }
    return kind === "insert" ? 4 : kind === "delete" ? 5 : 2;
  };
  const endsSentence = (k: number) => /[.!?]["'”’)]*$/.test(original.slice(words[k].start, words[k].end));
  const sentenceAround = (k: number): [number, number] => {
    let i = k;
    while (sameParaBefore(i) && !endsSentence(i - 1)) i--;
    let j = k;
    while (j + 1 < words.length && words[j + 1].para === words[i].para && !endsSentence(j)) j++;
    return [i, j];
  };

  const attempt = (kind: EditKind): boolean => {
    switch (kind) {
      case "typo": {
        const i = randomInt(rng, 0, words.length - 1);
        if (!free(i, i) || !typo(i)) return false;
        claim(i, i);
        return true;
      }
      case "insert": {
        const i = randomInt(rng, 0, words.length - 1);
        if (!free(i, i)) return false;
        claim(i, i);
        touched -= 1; // the word itself is untouched; the inserted words count
        insertAfter(i, randomInt(rng, 1, 4));
        return true;
      }
      case "delete": {
        const i = randomInt(rng, 0, words.length - 1);
        const j = i + randomInt(rng, 0, 4);
        if (!free(i, j) || !remove(i, j)) return false;
        claim(i, j);
        return true;
      }
      case "claim-edit": {
        if (claims.length === 0) return false;
        const c = pick(rng, claims);
        const first = wordAt(c.start);
        const last = wordAt(c.end - 1);
        const i = randomInt(rng, first, last);
        if (!free(i, i)) return false;
        const roll = rng();
        let ok: boolean;
        if (roll < 0.4) ok = typo(i);
        else if (roll < 0.7) ok = substitute(i);
        else if (roll < 0.85) ok = last > first && remove(i, i);
        else if (i < last) {
          insertAfter(i, 1);
          ok = true;
        } else ok = typo(i);
        if (!ok) return false;
        claim(i, i);
        return true;
      }
      case "rewrite": {
        const [i, j] = nextSentence;
        if (j - i < 2 || !free(i, j)) return false;
        const share = 0.3 + 0.7 * rng();
        const dropAt = rng() < 0.3 ? randomInt(rng, i + 1, j) : -1;
        const addAfter = rng() < 0.3 ? randomInt(rng, i, j - 1) : -1;
        for (let k = i; k <= j; k++) {
          if (k === dropAt) remove(k, k);
          else if (rng() < share) substitute(k);
          if (k === addAfter && k + 1 !== dropAt) insertAfter(k, 1);
        }
        claim(i, j);
        return true;
      }
      case "move": {
        if (paras.length < 3) return false;
        const p = nextPara;
        if (moved.has(p)) return false;
        const from = order.indexOf(p);
        order.splice(from, 1);
        let to = randomInt(rng, 0, order.length);
        if (to === from) to = (to + 1) % (order.length + 1);
        order.splice(to, 0, p);
        moved.add(p);
        touched += words.filter((w) => w.para === p).length;
        return true;
      }
    }
  };

  const totalWeight = KIND_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  for (let tries = 0; touched < budget && tries < 100 * budget; tries++) {
    let r = rng() * totalWeight;
    const kind = KIND_WEIGHTS.find(([, w]) => (r -= w) < 0)?.[0] ?? "typo";
    // Big edits (a rewrite, a move) only where they fit the rest of the budget, so the rate holds.
    const size = sizeOf(kind);
    if (touched + size > budget + 1) continue;
    if (attempt(kind)) kinds[kind] += 1;
  }

  return build(original, paras, order, replacements, { touched, words: words.length, kinds });
}

function build(
  original: string,
  paras: Span[],
  order: number[],
  replacements: Replacement[],
  stats: { touched: number; words: number; kinds: Record<EditKind, number> },
): EditedText {
  // Insertions sort before a replacement starting at the same offset, so they land before it.
  const sorted = [...replacements].sort((x, y) => x.start - y.start || x.end - x.start - (y.end - y.start));
  const pieces: Piece[] = [];
  let length = 0;
  const add = (text: string, copied: boolean, origStart: number, origEnd: number) => {
    pieces.push({ newStart: length, text, copied, origStart, origEnd });
    length += text.length;
  };
  order.forEach((p, n) => {
    if (n > 0) add("\n\n", false, -1, -1);
    const { start, end } = paras[p];
    let cursor = start;
    for (const r of sorted) {
      if (r.start < start || r.end > end || r.start < cursor) continue;
      if (r.start > cursor) add(original.slice(cursor, r.start), true, cursor, r.start);
      add(r.text, false, r.start, r.end);
      cursor = r.end;
    }
    if (end > cursor) add(original.slice(cursor, end), true, cursor, end);
  });
  const text = pieces.map((p) => p.text).join("");

  const pieceOf = new Int32Array(original.length).fill(-1);
  pieces.forEach((p, k) => pieceOf.fill(k, Math.max(0, p.origStart), Math.max(0, p.origEnd)));

  const copiedAt = (i: number) => (pieceOf[i] >= 0 && pieces[pieceOf[i]].copied ? pieces[pieceOf[i]] : null);
  const counterpart = ({ start, end }: Span): Counterpart => {
    const first = pieces[pieceOf[start]];
    const last = pieces[pieceOf[end - 1]];
    const newStart = first.copied ? first.newStart + (start - first.origStart) : first.newStart;
    const newEnd = last.copied ? last.newStart + (end - last.origStart) : last.newStart + last.text.length;
    let kept = 0;
    let total = 0;
    let firstKept = -1;
    let lastKept = -1;
    for (let i = start; i < end; i++) {
      const piece = copiedAt(i);
      if (piece) {
        const at = piece.newStart + (i - piece.origStart);
        if (firstKept < 0) firstKept = at;
        lastKept = at + 1;
      }
      if (/\s/.test(original[i])) continue;
      total += 1;
      if (piece) kept += 1;
    }
    const widestEnd = Math.max(newStart, newEnd);
    return {
      start: newStart,
      end: widestEnd,
      startRange: [newStart, first.copied || firstKept < 0 ? newStart : Math.max(newStart, firstKept)],
      endRange: [last.copied || lastKept < 0 ? widestEnd : Math.min(widestEnd, lastKept), widestEnd],
      survival: total === 0 ? 0 : kept / total,
    };
  };

  return { text, touchedWords: stats.touched, totalWords: stats.words, kinds: stats.kinds, counterpart };
}
