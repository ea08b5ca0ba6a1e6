/**
 * Scores how worth fact-checking each sentence is (0..1), offline and in microseconds per sentence, with the model
 * committed beside this file (written by scripts/train-checkworthiness.ts). Sentences scoring at least
 * CHECKWORTHY_THRESHOLD are the ones to flag.
 */
import committedModel from "./checkworthiness-model.json";
import { modelScorer, type CheckworthinessModel } from "./checkworthiness-features";

const model: CheckworthinessModel = committedModel;
const scoreOne = modelScorer(model);

/** The score from which a sentence is flagged: the one that maximised F1 on the CheckThat! dev split. */
export const CHECKWORTHY_THRESHOLD: number = model.threshold;

/** One score in [0, 1] per sentence, in order; the same sentence always gets the same score. */
export function scoreSentences(sentences: string[]): number[] {
  return sentences.map(scoreOne);
}
