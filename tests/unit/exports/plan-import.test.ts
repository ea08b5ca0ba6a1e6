import { planImport } from "@/lib/exports/w3c/plan-import";
import type { ParsedAnnotation } from "@/lib/exports/w3c/parse-web-annotations";
import { ARTICLE_TEXT, spanOf } from "./fixtures";

const quote = (exact: string, extra: Partial<ParsedAnnotation> = {}): ParsedAnnotation => ({ exact, prefix: "", suffix: "", sources: [], ...extra });

describe("planImport", () => {
  it("turns code-point positions back into UTF-16 offsets after astral characters", () => {
    const words = "ridership would rise 📈 by 40%";
    const { start, end } = spanOf(ARTICLE_TEXT, words);
    const positionStart = [...ARTICLE_TEXT.slice(0, start)].length;
    const positionEnd = [...ARTICLE_TEXT.slice(0, end)].length;
    const plan = planImport(ARTICLE_TEXT, [quote(words, { positionStart, positionEnd })], []);
    expect(plan.create).toEqual([expect.objectContaining({ index: 1, start, end })]);
    // A position alone is not trusted: there are no quoted words to confirm it.
    const positionOnly = planImport(ARTICLE_TEXT, [quote("", { positionStart, positionEnd })], []);
    expect(positionOnly.create).toEqual([]);
    expect(positionOnly.notAnchored[0].reason).toMatch(/only a position/);
  });

  it("reports words that are missing, ambiguous, or already claimed, and creates the rest", () => {
    const budget = spanOf(ARTICLE_TEXT, "12 million euros");
    const plan = planImport(
      ARTICLE_TEXT,
      [quote("12 million euros"), quote("a sentence that was never in the article at all"), quote("open in 2027"), quote("open in 2027"), quote("the")],
      [budget],
    );
    expect(plan.create.map((c) => c.index)).toEqual([3]);
    expect(plan.notAnchored.map((n) => [n.index, n.reason.split(/[:(]/)[0].trim()])).toEqual([
      [1, "These words already carry a claim."],
      [2, "The quoted words are not in this version of the article."],
      [4, "These words already carry a claim."],
      [5, "The words occur more than once, or not in the context the annotation gives"],
    ]);
  });
});
