// Check-worthiness speed: suggesting claims for a ~20,000-word article, the work done when an article or a new
// version is stored (split into sentences, score each, look for hedged sourcing). The article is built from real debate sentences (the CheckThat! train split in ../shared), in a seeded
// order, so every run scores the same text.
import { suggestClaims } from "../lib/assist/suggest-claims";
import { splitSentences } from "../lib/assist/split-sentences";
import { readSplit } from "../scripts/train-checkworthiness";
import { sharedPath } from "../tests/support/shared";
import type { BenchResult } from "./types";

const TARGET_WORDS = 20_000;
const WARM_UP = 3;
const RUNS = 11;
const BUDGET_MS = 1000;

/** Mulberry32: a small seeded generator, so the article is the same on every machine. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildArticle(): string {
  const pool = readSplit("train", sharedPath("testdata", "checkworthiness")).map((r) => r.text);
  const rng = seededRandom(20_000);
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let words = 0;
  while (words < TARGET_WORDS) {
    const sentence = pool[Math.floor(rng() * pool.length)];
    paragraph.push(sentence);
    words += sentence.split(/\s+/).length;
    if (paragraph.length >= 5) {
      paragraphs.push(paragraph.join(" "));
      paragraph = [];
    }
  }
  paragraphs.push(paragraph.join(" "));
  return paragraphs.join("\n\n");
}

export default async function checkworthinessBench(): Promise<BenchResult[]> {
  const article = buildArticle();
  const sentences = splitSentences(article).length;
  let suggested = 0;
  for (let i = 0; i < WARM_UP; i++) suggested = suggestClaims(article).length;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    suggestClaims(article);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const words = article.split(/\s+/).length;
  return [
    {
      figure: `suggest claims in ${words.toLocaleString("en")} words: split, score ${sentences.toLocaleString("en")} sentences, find hedges (${suggested} suggested; median of ${RUNS})`,
      value: Math.round(median * 10) / 10,
      unit: "ms",
      target: `< ${BUDGET_MS} ms`,
      pass: median < BUDGET_MS,
    },
  ];
}
