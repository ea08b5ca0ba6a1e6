import { byScore, nextAfter, withoutClaimed } from "@/components/review/suggestions-state";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";

const suggestion = (id: string, start: number, end: number, score = 0.5): SuggestionView => ({ id, start, end, score, hedge: null, quote: id });

describe("withoutClaimed", () => {
  const suggestions = [suggestion("a", 0, 10), suggestion("b", 12, 30), suggestion("c", 32, 50), suggestion("d", 52, 60)];

  it("drops every suggestion a claim overlaps, however little, and keeps those that only touch", () => {
    const kept = withoutClaimed(suggestions, [
      { start: 5, end: 6 }, // inside a
      { start: 29, end: 33 }, // across the end of b and the start of c
      { start: 60, end: 70 }, // touches d's end only
      { start: 50, end: 52 }, // between c and d, touching both
    ]);
    expect(kept.map((s) => s.id)).toEqual(["d"]);
  });

  it("sees a long early claim that covers a later suggestion past shorter claims in between", () => {
    const kept = withoutClaimed(suggestions, [{ start: 1, end: 55 }, { start: 20, end: 21 }]);
    expect(kept.map((s) => s.id)).toEqual([]);
    expect(withoutClaimed(suggestions, [{ start: 11, end: 12 }, { start: 0, end: 1 }]).map((s) => s.id)).toEqual(["b", "c", "d"]);
  });

  it("agrees with a direct pairwise check on random spans", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: 20 }, (_, i) => {
        const start = Math.floor(random() * 500);
        return suggestion(`s${i}`, start, start + 1 + Math.floor(random() * 40));
      });
      const claims = Array.from({ length: Math.floor(random() * 15) }, () => {
        const start = Math.floor(random() * 500);
        return { start, end: start + 1 + Math.floor(random() * 60) };
      });
      const expected = spans.filter((s) => !claims.some((c) => c.start < s.end && c.end > s.start));
      expect(withoutClaimed(spans, claims)).toEqual(expected);
    }
  });
});

describe("byScore and nextAfter", () => {
  const order = byScore([suggestion("low", 0, 5, 0.4), suggestion("high", 10, 15, 0.9), suggestion("mid-late", 30, 35, 0.6), suggestion("mid-early", 20, 25, 0.6)]);

  it("orders by score, ties in document order", () => {
    expect(order.map((s) => s.id)).toEqual(["high", "mid-early", "mid-late", "low"]);
  });

  it("moves on to the next suggestion, or back from the last, or to none", () => {
    expect(nextAfter(order, "mid-early")).toBe("mid-late");
    expect(nextAfter(order, "low")).toBe("mid-late");
    expect(nextAfter([order[0]], "high")).toBeNull();
    expect(nextAfter(order, "gone")).toBeNull();
  });
});
