// Re-anchoring speed: 1,000 claims on a ~20,000-word article after 5% of its words were edited.
// The article is the shared corpus (five real articles), repeated with each pass's paragraphs in a different
// seeded order until it reaches 20,000 words; edits and claims come from the same seeded generator as the
// synthetic accuracy test (tests/unit/anchoring), so every run measures the same work.
import { describe, reanchorClaims } from "../lib/anchoring";
import { applyRandomEdits } from "../tests/unit/anchoring/edit-generator";
import { corpusArticles, paragraphs, randomSpan, seededRandom } from "../tests/unit/anchoring/support";
import type { BenchResult } from "./types";

const TARGET_WORDS = 20_000;
const CLAIMS = 1_000;
const EDIT_RATE = 0.05;
const WARM_UP = 3;
const RUNS = 11;
const BUDGET_MS = 200;

function buildArticle(rng: () => number): string {
  const corpus = corpusArticles();
  const blocks: string[] = [];
  let words = 0;
  while (words < TARGET_WORDS) {
    for (const article of corpus) {
      if (words >= TARGET_WORDS) break;
      const paras = paragraphs(article).map((p) => article.slice(p.start, p.end));
      // Shuffle each pass (Fisher-Yates) so the long article is not one text tiled end to end.
      for (let i = paras.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [paras[i], paras[j]] = [paras[j], paras[i]];
      }
      blocks.push(...paras);
      words += paras.join(" ").split(/\s+/).length;
    }
  }
  return blocks.join("\n\n");
}

export default async function reanchorBench(): Promise<BenchResult[]> {
  const rng = seededRandom(20_000);
  const oldText = buildArticle(rng);
  const spans = Array.from({ length: CLAIMS }, () => randomSpan(oldText, rng));
  const vocabulary = [...new Set(oldText.match(/\p{L}{3,}/gu) ?? [])].sort();
  const edited = applyRandomEdits(oldText, EDIT_RATE, rng, spans, vocabulary);
  const claims = spans.map((s, i) => {
    const { quote } = describe(oldText, s.start, s.end);
    return { id: String(i), start: s.start, end: s.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  });

  for (let i = 0; i < WARM_UP; i++) reanchorClaims(oldText, edited.text, claims);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    reanchorClaims(oldText, edited.text, claims);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const words = oldText.split(/\s+/).length;

  return [
    {
      figure: `re-anchor ${CLAIMS.toLocaleString("en")} claims, ${words.toLocaleString("en")} words, ${Math.round(
        (100 * edited.touchedWords) / edited.totalWords,
      )}% edits (median of ${RUNS})`,
      value: Math.round(median * 10) / 10,
      unit: "ms",
      target: `< ${BUDGET_MS} ms`,
      pass: median < BUDGET_MS,
    },
  ];
}
