import { CHECKWORTHY_THRESHOLD, scoreSentences } from "@/lib/assist/checkworthiness";
import { suggestClaims } from "@/lib/assist/suggest-claims";

const TEXT = [
  "Prices rose 7.1 percent in the year to June, the fastest pace since 1982, the statistics office said.",
  "Read more.",
  "Officials reportedly discussed a pause in the talks.",
  "We asked the ministry for comment.",
  "Analysts say the deficit will reach 6 percent of GDP by 2027.",
].join("\n\n");

describe("suggestClaims", () => {
  const suggestions = suggestClaims(TEXT);
  const quotes = suggestions.map((s) => TEXT.slice(s.start, s.end));

  it("returns whole sentences of the text, in document order, with the scorer's own scores", () => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const [i, s] of suggestions.entries()) {
      // A sentence: trimmed, within one paragraph, ending in its full stop.
      expect(quotes[i]).toBe(quotes[i].trim());
      expect(quotes[i]).not.toContain("\n");
      expect(quotes[i]).toMatch(/[.!?]$/);
      expect(s.score).toBeCloseTo(scoreSentences([quotes[i]])[0], 10);
    }
    expect(suggestions.map((s) => s.start)).toEqual([...suggestions.map((s) => s.start)].sort((a, b) => a - b));
  });

  it("suggests the statistical sentence and never a two-word line", () => {
    expect(quotes).toContain("Prices rose 7.1 percent in the year to June, the fastest pace since 1982, the statistics office said.");
    expect(quotes).not.toContain("Read more.");
  });

  it("labels hedged sourcing and suggests hedged sentences even below the threshold", () => {
    const hedged = suggestions.filter((s) => s.hedge !== null);
    expect(hedged.map((s) => s.hedge?.toLowerCase())).toEqual(expect.arrayContaining(["reportedly", "analysts say"]));
    for (const s of suggestions) expect(s.score >= CHECKWORTHY_THRESHOLD || s.hedge !== null).toBe(true);
  });

  it("suggests nothing in an empty text", () => {
    expect(suggestClaims("")).toEqual([]);
  });
});
