import { existsSync } from "node:fs";
import { CHECKWORTHY_THRESHOLD, scoreSentences } from "@/lib/assist/checkworthiness";
import committedModel from "@/lib/assist/checkworthiness-model.json";
import { bestThreshold, readSplit, scoreAt, type LabelledSentence } from "@/scripts/train-checkworthiness";
import { sharedPath } from "../../support/shared";

// The acceptance bar on dev-test, the later debates the model never saw in any form (not for training, threshold
// or model choice). Flagging everything scores 0.507 there; a plain bag-of-words logistic regression about 0.65.
const DEV_TEST_MIN_F1 = 0.75;

function split(name: "dev" | "dev-test"): LabelledSentence[] {
  const dir = sharedPath("testdata", "checkworthiness");
  if (!existsSync(dir)) throw new Error(`CheckThat! data not found at ${dir}: put shared/testdata/checkworthiness beside the checkout.`);
  return readSplit(name, dir);
}

function evaluate(name: "dev" | "dev-test") {
  const rows = split(name);
  const scores = scoreSentences(rows.map((r) => r.text));
  const truth = rows.map((r) => r.worthChecking);
  const result = scoreAt(scores, truth, CHECKWORTHY_THRESHOLD);
  const f = (x: number) => x.toFixed(3);
  console.log(
    `check-worthiness ${name} (${rows.length} sentences): precision ${f(result.precision)} recall ${f(result.recall)} F1 ${f(result.f1)} at threshold ${CHECKWORTHY_THRESHOLD.toFixed(4)}`,
  );
  return { rows, scores, truth, result };
}

describe("scoreSentences on CheckThat! 2024 English", () => {
  it("uses the threshold that maximises F1 on dev, as recorded by the training script", () => {
    const { scores, truth, result } = evaluate("dev");
    expect(bestThreshold(scores, truth)).toBe(CHECKWORTHY_THRESHOLD);
    expect(result.f1).toBeCloseTo(committedModel.dev.f1, 4);
    expect(result.f1).toBeGreaterThan(0.85);
  });

  it(`reaches F1 >= ${DEV_TEST_MIN_F1} on dev-test (the Yes class)`, () => {
    const { result } = evaluate("dev-test");
    expect(result.f1).toBeGreaterThanOrEqual(DEV_TEST_MIN_F1);
  });

  it("gives one score in [0, 1] per sentence, the same every time and whatever the batch", () => {
    const sentences = split("dev").slice(0, 200).map((r) => r.text);
    const first = scoreSentences(sentences);
    expect(first).toHaveLength(sentences.length);
    for (const score of first) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(scoreSentences(sentences)).toEqual(first);
    expect(scoreSentences([...sentences].reverse())).toEqual([...first].reverse());
    expect(scoreSentences([sentences[7]])).toEqual([first[7]]);
    expect(scoreSentences([])).toEqual([]);
  });

  it("scores odd input without throwing", () => {
    const scores = scoreSentences(["", "   ", "?!", "😀😀", "x".repeat(5000), "Unemployment fell to 3.5% in 2019, the lowest in 50 years."]);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    expect(scores[5]).toBeGreaterThan(CHECKWORTHY_THRESHOLD);
  });

  it("scores words that name Object.prototype's own properties like any other word", () => {
    // "constructor" once looked up Object.prototype.constructor in a plain-object table and threw on import.
    const sentences = ["The constructor said the __proto__ of the plan cost 3 million dollars.", "Constructor hasOwnProperty toString valueOf."];
    const scores = scoreSentences(sentences);
    for (const score of scores) {
      expect(Number.isFinite(score)).toBe(true);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
