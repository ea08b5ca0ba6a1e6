import { splitSentences } from "@/lib/assist/split-sentences";

const texts = (input: string) => splitSentences(input).map((s) => s.text);

describe("splitSentences", () => {
  it("splits on . ! ? and keeps the terminator with its sentence", () => {
    expect(texts("It rained. Did it? Yes! Then it stopped.")).toEqual(["It rained.", "Did it?", "Yes!", "Then it stopped."]);
  });

  it("does not split after titles, initials, initialisms or inside decimals", () => {
    expect(texts("Mr. Smith met Dr. Jones and Sen. Warren. John F. Kennedy won in 1960.")).toEqual([
      "Mr. Smith met Dr. Jones and Sen. Warren.",
      "John F. Kennedy won in 1960.",
    ]);
    expect(texts("The U.S. economy grew 3.5 percent, e.g. in Texas. Inflation was 2.1%.")).toEqual([
      "The U.S. economy grew 3.5 percent, e.g. in Texas.",
      "Inflation was 2.1%.",
    ]);
  });

  it("splits after an initialism or abbreviation when the next word opens a sentence", () => {
    expect(texts("He moved to the U.S. The next year he ran. They sold pens, paper, etc. But not ink.")).toEqual([
      "He moved to the U.S.",
      "The next year he ran.",
      "They sold pens, paper, etc.",
      "But not ink.",
    ]);
    expect(texts("It is No. 10 on the list. I said no. Then I left.")).toEqual(["It is No. 10 on the list.", "I said no.", "Then I left."]);
  });

  it("keeps closing quotes and brackets with the sentence they close", () => {
    expect(texts('She said, "We won." Then she left. (It was late.) “Really?” he asked.')).toEqual([
      'She said, "We won."',
      "Then she left.",
      "(It was late.)",
      "“Really?” he asked.",
    ]);
  });

  it("continues after an ellipsis or a question followed by a lowercase word", () => {
    expect(texts("It was... fine. It was... Fine. “Why?” he asked.")).toEqual(["It was... fine.", "It was...", "Fine.", "“Why?” he asked."]);
  });

  it("always ends a sentence at a line break, punctuated or not", () => {
    expect(texts("Headline without a stop\nFirst paragraph. Second sentence\n\n  Third paragraph.\r\nLast")).toEqual([
      "Headline without a stop",
      "First paragraph.",
      "Second sentence",
      "Third paragraph.",
      "Last",
    ]);
  });

  it("returns UTF-16 offsets into the original text, trimmed of whitespace", () => {
    const input = "  Emoji 😀 counts twice. Café costs €3.50.  \n Next 👍🏽.";
    const spans = splitSentences(input);
    expect(spans.map((s) => s.text)).toEqual(["Emoji 😀 counts twice.", "Café costs €3.50.", "Next 👍🏽."]);
    for (const span of spans) expect(input.slice(span.start, span.end)).toBe(span.text);
    expect(spans[0].start).toBe(2);
    expect(spans[1].start).toBe(input.indexOf("Café"));
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \t")).toEqual([]);
  });
});
