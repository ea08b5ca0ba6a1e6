import {
  anchor,
  CONFIDENCE_THRESHOLD,
  describe as describeSpan,
  POSITION_ONLY_SCORE,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "@/lib/anchoring";

const text =
  "The minister said the budget would rise. Critics said the budget would fall. " +
  "In the spring, the minister said nothing at all about the plan, which surprised everyone in parliament.";

const quote = (exact: string, prefix?: string, suffix?: string): TextQuoteSelector => ({
  type: "TextQuoteSelector",
  exact,
  ...(prefix === undefined ? {} : { prefix }),
  ...(suffix === undefined ? {} : { suffix }),
});
const position = (start: number, end: number): TextPositionSelector => ({ type: "TextPositionSelector", start, end });

describe("anchor", () => {
  it("finds a described span at its position with score 1, from either selector form", () => {
    const start = text.indexOf("Critics");
    const d = describeSpan(text, start, start + "Critics said".length);
    const expected = { start, end: start + 12, score: 1 };
    expect(anchor(text, [d.quote, d.position])).toEqual(expected);
    expect(anchor(text, [d.position, d.quote])).toEqual(expected);
    expect(anchor(text, { quote: d.quote, position: d.position })).toEqual(expected);
    expect(anchor(text, { quote: d.quote })).toEqual(expected);
  });

  it("re-finds a span by its quote when the text before it changed", () => {
    const start = text.indexOf("surprised everyone");
    const d = describeSpan(text, start, start + "surprised everyone".length);
    const edited = `Breaking: ${text}`;
    const found = anchor(edited, [d.quote, d.position]);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toBe("surprised everyone");
    expect(found!.score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
  });

  it("tells repeats apart by prefix, by suffix, and by position", () => {
    const first = text.indexOf("the budget would");
    const second = text.indexOf("the budget would", first + 1);
    const byPrefix = anchor(text, [quote("the budget would", "Critics said ")]);
    expect(byPrefix?.start).toBe(second);
    expect(byPrefix!.score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(anchor(text, [quote("the budget would", undefined, " rise.")])?.start).toBe(first);
    expect(anchor(text, [quote("the budget would"), position(second, second + 16)])).toEqual({ start: second, end: second + 16, score: 1 });

    // Same quote, same (absent) context: a coin toss the position only breaks weakly, so not confident.
    const near = anchor(text, [quote("the budget would"), position(second + 3, second + 19)]);
    expect(near?.start).toBe(second);
    expect(near!.score).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect(anchor(text, [quote("the budget would")])!.score).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it("finds a lightly misspelt quote, confidently when its context agrees", () => {
    const start = text.indexOf("which surprised");
    const d = describeSpan(text, start, start + "which surprised everyone in parliament".length);
    const typo = text.replace("surprised", "surprized");
    const found = anchor(typo, [d.quote]);
    expect(typo.slice(found!.start, found!.end)).toBe("which surprized everyone in parliament");
    expect(found!.score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(found!.score).toBeLessThan(1);
  });

  it("sends a reworded quote to review and returns null when nothing plausible is left", () => {
    // Misspelt all over (a quarter of its characters): still findable, but no longer the same words.
    const garbled = anchor(text, [quote("teh minstr sad nuthing at al abot teh plan")]);
    expect(text.slice(garbled!.start, garbled!.end)).toBe("the minister said nothing at all about the plan");
    expect(garbled!.score).toBeLessThan(CONFIDENCE_THRESHOLD);
    // One stretch replaced outright: a different passage, however much else matches.
    expect(anchor(text, [quote("the minister said nothing whatsoever about the plan")])).toBeNull();
    expect(anchor(text, [quote("an entirely different sentence about football scores")])).toBeNull();
    expect(anchor(text, [quote("zebra")])).toBeNull();
    expect(anchor("", [quote("minister")])).toBeNull();
    expect(anchor(text, [quote("")])).toBeNull();
  });

  it("trusts a position without a quote only enough to show it for review", () => {
    expect(anchor(text, [position(4, 12)])).toEqual({ start: 4, end: 12, score: POSITION_ONLY_SCORE });
    expect(POSITION_ONLY_SCORE).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect(anchor(text, [position(4, text.length + 1)])).toBeNull();
    expect(anchor(text, [])).toBeNull();
  });

  it("keeps scores within 0..1", () => {
    for (const exact of ["minister", "the", "budget would fall", "nothing at al"]) {
      const found = anchor(text, [quote(exact)]);
      expect(found!.score).toBeGreaterThanOrEqual(0);
      expect(found!.score).toBeLessThanOrEqual(1);
    }
  });
});
