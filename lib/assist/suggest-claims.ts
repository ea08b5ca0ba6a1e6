/**
 * Which sentences of an article to suggest as claims: the ones the check-worthiness scorer flags, and the ones that
 * lean on anonymous or hedged sourcing (a desk wants those checked whatever their wording scores). Pure: text in,
 * spans out, so import, new versions and tests all get the same answer.
 */
import { CHECKWORTHY_THRESHOLD, scoreSentences } from "./checkworthiness";
import { hedgedSourcing } from "./hedged-sourcing";
import { splitSentences } from "./split-sentences";

export type ClaimSuggestion = {
  start: number;
  end: number;
  /** Check-worthiness in 0..1. */
  score: number;
  /** The hedged-sourcing phrase found in the sentence, or null. */
  hedge: string | null;
};

// Headlines, datelines and "Read more" lines are sentences to the splitter but rarely claims.
const MIN_WORDS = 5;
// A "sentence" longer than this is a list or a paragraph the splitter could not cut; it would make a poor claim.
const MAX_CHARACTERS = 600;

const wordCount = (sentence: string) => sentence.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The sentences of `text` worth suggesting, in document order, with their [start, end) offsets into `text`. */
export function suggestClaims(text: string): ClaimSuggestion[] {
  const sentences = splitSentences(text).filter((s) => s.text.length <= MAX_CHARACTERS && wordCount(s.text) >= MIN_WORDS);
  const scores = scoreSentences(sentences.map((s) => s.text));
  const suggestions: ClaimSuggestion[] = [];
  sentences.forEach((sentence, i) => {
    const hedge = hedgedSourcing(sentence.text);
    if (scores[i] >= CHECKWORTHY_THRESHOLD || hedge) suggestions.push({ start: sentence.start, end: sentence.end, score: scores[i], hedge });
  });
  return suggestions;
}
