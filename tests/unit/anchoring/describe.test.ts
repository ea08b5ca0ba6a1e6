import { CONTEXT_LENGTH, describe as describeSpan } from "@/lib/anchoring";

const text = "The quick brown fox jumps over the lazy dog. It was a sunny day in the old town, and nobody minded.";

describe("describe", () => {
  it("returns the exact text, 32 units of context each side, and the position", () => {
    const start = text.indexOf("sunny");
    const end = start + "sunny day".length;
    const { quote, position } = describeSpan(text, start, end);
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "sunny day",
      prefix: text.slice(start - 32, start),
      suffix: text.slice(end, end + 32),
    });
    expect(quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(quote.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(position).toEqual({ type: "TextPositionSelector", start, end });
  });

  it("takes less context at the edges of the text", () => {
    expect(describeSpan(text, 0, 3).quote.prefix).toBe("");
    expect(describeSpan(text, 4, 9).quote.prefix).toBe("The ");
    const tail = describeSpan(text, text.length - 7, text.length);
    expect(tail.quote.exact).toBe("minded.");
    expect(tail.quote.suffix).toBe("");
    expect(describeSpan(text, 0, text.length).quote).toMatchObject({ prefix: "", suffix: "", exact: text });
  });

  it("never cuts a surrogate pair at the far end of the context", () => {
    // "😀" is two UTF-16 units; place one so that 32 units before the span falls inside it.
    const emoji = "😀";
    const before = `${emoji}${"a".repeat(31)}`; // 33 units: 32 back from the span lands on the low surrogate
    const sample = `${before}SPAN${"b".repeat(31)}${emoji}tail`;
    const start = before.length;
    const { quote } = describeSpan(sample, start, start + 4);
    expect(quote.prefix).toBe("a".repeat(31)); // 31 units: the half emoji is left out
    expect(quote.suffix).toBe("b".repeat(31)); // likewise at the far end of the suffix
    // Offsets count UTF-16 units: a span may hold an emoji whole.
    const withEmoji = describeSpan(sample, 0, 2).quote;
    expect(withEmoji.exact).toBe(emoji);
  });

  it("keeps a whole surrogate pair when the cut falls just after it", () => {
    const sample = `x😀${"a".repeat(30)}SPAN`;
    const start = sample.indexOf("SPAN");
    expect(describeSpan(sample, start, start + 4).quote.prefix).toBe(`😀${"a".repeat(30)}`);
  });

  it("throws a RangeError for empty, reversed, out-of-range or fractional spans", () => {
    expect(() => describeSpan(text, 5, 5)).toThrow(RangeError);
    expect(() => describeSpan(text, 5, 5)).toThrow(/empty/);
    expect(() => describeSpan(text, 9, 4)).toThrow(RangeError);
    expect(() => describeSpan(text, -1, 4)).toThrow(/outside the text/);
    expect(() => describeSpan(text, 0, text.length + 1)).toThrow(/outside the text/);
    expect(() => describeSpan(text, 1.5, 4)).toThrow(/integers/);
    expect(() => describeSpan(text, Number.NaN, 4)).toThrow(RangeError);
    expect(() => describeSpan("", 0, 0)).toThrow(RangeError);
  });
});
