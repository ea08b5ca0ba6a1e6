/**
 * Word-level tokens for diffing: runs of letters/digits, runs of whitespace, and single other characters
 * (punctuation, symbols; a surrogate pair stays whole). Concatenating the tokens gives the text back, so
 * token boundaries convert to exact character offsets.
 */
const TOKEN = /[\p{L}\p{M}\p{N}_]+|\s+|[^]/gu;

export type Tokens = {
  /** Interned token ids: equal strings get equal ids across both texts of one diff. */
  ids: Int32Array;
  /** Character offset of each token, plus the text length at the end (length = ids.length + 1). */
  offsets: Int32Array;
};

/** Tokenises `text`, interning token strings in `vocabulary` (shared by the two sides of a diff). */
export function tokenize(text: string, vocabulary: Map<string, number>): Tokens {
  const ids: number[] = [];
  const offsets: number[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    let id = vocabulary.get(token);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(token, id);
    }
    ids.push(id);
    offsets.push(match.index);
  }
  offsets.push(text.length);
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets) };
}
