jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));

import { wordDiff, type DiffPart } from "@/lib/anchoring";
import { applyRandomEdits } from "./edit-generator";
import { corpusArticles, seededRandom } from "./support";

const sideA = (parts: DiffPart[]) => parts.filter((p) => p.op !== "insert").map((p) => p.text).join("");
const sideB = (parts: DiffPart[]) => parts.filter((p) => p.op !== "delete").map((p) => p.text).join("");

describe("wordDiff", () => {
  it("handles identical and empty texts", () => {
    expect(wordDiff("same text", "same text")).toEqual([{ op: "equal", text: "same text" }]);
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("", "new")).toEqual([{ op: "insert", text: "new" }]);
    expect(wordDiff("old", "")).toEqual([{ op: "delete", text: "old" }]);
  });

  it("reports word insertions, deletions and replacements", () => {
    expect(wordDiff("the cat sat", "the black cat sat")).toEqual([
      { op: "equal", text: "the " },
      { op: "insert", text: "black " },
      { op: "equal", text: "cat sat" },
    ]);
    expect(wordDiff("the black cat sat", "the cat sat")).toEqual([
      { op: "equal", text: "the " },
      { op: "delete", text: "black " },
      { op: "equal", text: "cat sat" },
    ]);
    expect(wordDiff("He said it was fine.", "He said it was awful.")).toEqual([
      { op: "equal", text: "He said it was " },
      { op: "delete", text: "fine" },
      { op: "insert", text: "awful" },
      { op: "equal", text: "." },
    ]);
  });

  it("shows a rewrite as one replacement, not words held together by spaces", () => {
    expect(wordDiff("Start. the cat sat here. End.", "Start. a dog ran off. End.")).toEqual([
      { op: "equal", text: "Start. " },
      { op: "delete", text: "the cat sat here" },
      { op: "insert", text: "a dog ran off" },
      { op: "equal", text: ". End." },
    ]);
  });

  it("keeps surrogate pairs whole", () => {
    const parts = wordDiff("smile 😀 please", "smile 😊 please");
    expect(parts).toEqual([
      { op: "equal", text: "smile " },
      { op: "delete", text: "😀" },
      { op: "insert", text: "😊" },
      { op: "equal", text: " please" },
    ]);
  });

  it("spells both texts back exactly, for random edits of real articles", () => {
    const articles = corpusArticles();
    const vocabulary = [...new Set(articles.join(" ").match(/\p{L}{3,}/gu) ?? [])].sort();
    articles.forEach((article, i) => {
      for (const rate of [0.01, 0.2, 0.6]) {
        const edited = applyRandomEdits(article, rate, seededRandom(31 * i + rate * 100), [], vocabulary).text;
        const parts = wordDiff(article, edited);
        expect(sideA(parts)).toBe(article);
        expect(sideB(parts)).toBe(edited);
        // Adjacent parts never share an op, and nothing is empty.
        parts.forEach((p, k) => {
          expect(p.text.length).toBeGreaterThan(0);
          if (k > 0) expect(`${parts[k - 1].op}>${p.op}`).not.toMatch(/^(equal>equal|insert>insert|delete>delete|insert>delete)$/);
        });
      }
    });
  });

  it("diffs 20,000-word versions exactly, including unrelated ones", () => {
    const base = corpusArticles().join("\n\n");
    let long = base;
    while (long.split(/\s+/).length < 20_000) long += `\n\n${base}`;
    const vocabulary = [...new Set(long.match(/\p{L}{3,}/gu) ?? [])];
    const edited = applyRandomEdits(long, 0.05, seededRandom(7), [], vocabulary).text;
    const rng = seededRandom(8);
    const unrelated = Array.from({ length: 20_000 }, () => vocabulary[Math.floor(rng() * vocabulary.length)]).join(" ");

    for (const other of [edited, unrelated]) {
      const t0 = performance.now();
      const parts = wordDiff(long, other);
      const ms = performance.now() - t0;
      process.stdout.write(`wordDiff of 20,000+ words (${other === edited ? "5% edits" : "unrelated text"}): ${ms.toFixed(0)} ms\n`);
      expect(sideA(parts)).toBe(long);
      expect(sideB(parts)).toBe(other);
      // Speed is not asserted here (a loaded machine would make it flaky); the figure is printed for the reader.
    }
  });
});
