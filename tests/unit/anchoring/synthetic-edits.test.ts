// Re-anchoring claims through seeded random edits of real articles, where the edit generator knows where
// every original character went, so each claim's right answer is known.
jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));

import { describe as describeSpan, reanchorClaims, type ReanchorResult } from "@/lib/anchoring";
import { applyRandomEdits, type Counterpart } from "./edit-generator";
import { corpusArticles, levenshtein, NEWS_PAGES, newsPageText, randomSpan, seededRandom, type Span } from "./support";

/**
 * Grading a placement against the counterpart (the edit generator's record of where the claim's text went):
 * - correct: each edge is where the counterpart allows (see Counterpart.startRange/endRange), give or take
 *   EDGE_SLACK units (a space or a punctuation mark);
 * - WRONG: it covers text that is not the counterpart (more than OUTSIDE_SLACK units beyond its widest
 *   extent), or misses it entirely, or the claim has no counterpart: the claim is shown on words that are
 *   not its own;
 * - imprecise: on the counterpart's words, but an edge falls short inside it (part of the claim left out).
 */
const EDGE_SLACK = 2;
const OUTSIDE_SLACK = 4;

/**
 * The denominator: claims whose counterpart still exists as the same claim, lightly edited: some of its
 * characters survive and its text differs from the original by at most a fifth (edit distance / length).
 * Past that the words have changed (the brief: "rewritten heavily may be needs_review or orphaned"), and
 * Factdesk sends the claim to review on purpose (MAX_TEXT_CHANGE in lib/anchoring/score.ts). The share over
 * all claims with at least half of their characters surviving is printed too.
 */
const LIGHT_EDIT = 0.2;

const RATES = [0.01, 0.05, 0.2];
/** Fixed, so the printed figures are reproducible; set ANCHORING_SEED to try other draws. */
const SEED = Number(process.env.ANCHORING_SEED ?? 0);

type Grade = "correct" | "imprecise" | "wrong";

function grade(r: ReanchorResult, cp: Counterpart): Grade {
  if (r.start === undefined || r.end === undefined || cp.end <= cp.start || cp.survival === 0) return "wrong";
  const overlap = Math.min(r.end, cp.end) - Math.max(r.start, cp.start);
  const outside = Math.max(0, cp.start - r.start) + Math.max(0, r.end - cp.end);
  if (overlap <= 0 || outside > OUTSIDE_SLACK) return "wrong";
  const within = (x: number, [lo, hi]: [number, number]) => x >= lo - EDGE_SLACK && x <= hi + EDGE_SLACK;
  return within(r.start, cp.startRange) && within(r.end, cp.endRange) ? "correct" : "imprecise";
}

type Row = { claims: number; correct: number; imprecise: number; review: number; orphaned: number; wrong: number };
const emptyRow = (): Row => ({ claims: 0, correct: 0, imprecise: 0, review: 0, orphaned: 0, wrong: 0 });

function baseTexts(): Array<{ name: string; text: string; claims: number }> {
  const corpus = corpusArticles().map((text, i) => ({ name: `corpus-${i}`, text, claims: 60 }));
  const pages = NEWS_PAGES.map((page) => ({ name: page, text: newsPageText(page, "expected.html"), claims: 60 }));
  const all = [...corpus, ...pages];
  // One long article (~12,600 words) made of all of them, as a long feature would be.
  return [...all, { name: "all-13-joined", text: all.map((b) => b.text).join("\n\n"), claims: 300 }];
}

describe("re-anchoring claims through seeded random edits", () => {
  const bases = baseTexts();
  const vocabulary = [...new Set(bases.flatMap((b) => b.text.match(/\p{L}{3,}/gu) ?? []))].sort();

  it.each(RATES)("edit rate %p", (rate) => {
    const groups = { light: emptyRow(), heavy: emptyRow(), gone: emptyRow() };
    const notes: string[] = [];
    let halfSurvive = 0;
    let halfSurviveCorrect = 0;
    let touched = 0;
    let words = 0;
    const kinds: Record<string, number> = {};

    bases.forEach((base, b) => {
      const rng = seededRandom(1000 * b + Math.round(rate * 100) + 7919 * SEED);
      const spans: Span[] = Array.from({ length: base.claims }, () => randomSpan(base.text, rng));
      const edited = applyRandomEdits(base.text, rate, rng, spans, vocabulary);
      touched += edited.touchedWords;
      words += edited.totalWords;
      for (const [k, n] of Object.entries(edited.kinds)) kinds[k] = (kinds[k] ?? 0) + n;

      const claims = spans.map((s, i) => {
        const { quote } = describeSpan(base.text, s.start, s.end);
        return { id: String(i), start: s.start, end: s.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
      });
      const results = reanchorClaims(base.text, edited.text, claims);

      results.forEach((r, i) => {
        const cp = edited.counterpart(spans[i]);
        const change = levenshtein(claims[i].exact, edited.text.slice(cp.start, cp.end)) / claims[i].exact.length;
        const group = cp.survival === 0 ? groups.gone : change <= LIGHT_EDIT ? groups.light : groups.heavy;
        const placed = r.outcome === "anchored" || r.outcome === "moved" ? grade(r, cp) : null;
        group.claims++;
        if (cp.survival >= 0.5) {
          halfSurvive++;
          if (placed === "correct") halfSurviveCorrect++;
        }
        if (r.outcome === "needs_review") group.review++;
        else if (r.outcome === "orphaned") group.orphaned++;
        else group[placed as Grade]++;

        const show = (what: string, span?: { start: number; end: number }) =>
          `${base.name} #${i} ${what} ${r.outcome} ${r.score} change ${change.toFixed(2)}: ${JSON.stringify(claims[i].exact)}\n` +
          `      counterpart ${JSON.stringify(edited.text.slice(cp.start, cp.end))}` +
          (span ? `\n      placed on   ${JSON.stringify(edited.text.slice(span.start, span.end))}` : "");
        if (placed === "wrong" || placed === "imprecise") notes.push(show(placed.toUpperCase(), r as { start: number; end: number }));
        else if (group === groups.light && !placed) notes.push(show("not placed", r.candidate));
      });
    });

    const cells = (r: Row) =>
      [r.claims, r.correct, r.imprecise, r.review, r.orphaned, r.wrong].map((n, k) => String(n).padStart([6, 8, 10, 7, 9, 6][k])).join(" ");
    const light = groups.light;
    const correctShare = light.correct / light.claims;
    process.stdout.write(
      `synthetic edits at ${rate * 100}% (words touched ${touched}/${words} = ${((100 * touched) / words).toFixed(1)}%; edit events ${JSON.stringify(kinds)})\n` +
        `  ${"claims whose counterpart…".padEnd(34)} ${["claims", "correct", "imprecise", "review", "orphaned", "WRONG"].map((h, k) => h.padStart([6, 8, 10, 7, 9, 6][k])).join(" ")}\n` +
        `  ${"exists, lightly edited (≤20%)".padEnd(34)} ${cells(groups.light)}\n` +
        `  ${"exists, heavily edited (>20%)".padEnd(34)} ${cells(groups.heavy)}\n` +
        `  ${"is gone (no character survives)".padEnd(34)} ${cells(groups.gone)}\n` +
        `  correct among claims whose counterpart exists, lightly edited: ${(100 * correctShare).toFixed(2)}% (of ${light.claims})\n` +
        `  for comparison, correct among claims with ≥50% of characters surviving: ${((100 * halfSurviveCorrect) / halfSurvive).toFixed(2)}% (of ${halfSurvive})\n` +
        notes.map((f) => `    ${f}\n`).join(""),
    );

    expect(groups.light.wrong + groups.heavy.wrong + groups.gone.wrong).toBe(0);
    // The brief's targets, on the denominator above.
    if (rate === 0.01) expect(correctShare).toBeGreaterThanOrEqual(0.99);
    if (rate === 0.05) expect(correctShare).toBeGreaterThanOrEqual(0.95);
    // Regression bounds on the other printed figures (this seed measured 99.9/99.5/97.4%, 98.2/95.0/81.6%).
    expect(correctShare).toBeGreaterThanOrEqual(({ 0.01: 0.99, 0.05: 0.98, 0.2: 0.93 } as Record<number, number>)[rate]);
    expect(halfSurviveCorrect / halfSurvive).toBeGreaterThanOrEqual(({ 0.01: 0.97, 0.05: 0.93, 0.2: 0.78 } as Record<number, number>)[rate]);
    // Placements that leave part of the claim out stay rare.
    expect(groups.light.imprecise + groups.heavy.imprecise).toBeLessThanOrEqual(0.02 * light.claims);
  });
});
