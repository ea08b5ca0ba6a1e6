// Editor load (issue 8, item 1): the review page of a ~20,000-word article with 0, 500 and 2,000 claims, opened in
// headless Chromium against the production build. Time from navigation start until every claim's highlight is in
// the DOM and the main thread has been free of long tasks for 500 ms (see bench/support/probe.ts). The three sizes
// are measured in turn within each round, so a busy moment on the machine hits them alike; medians of the rounds.
import { launchBrowser, openArticle, signedInContext } from "./support/browser";
import { benchFixture } from "./support/fixture";
import { signIn } from "./support/session";
import { list, machineLoad, median, round } from "./support/stats";
import type { BenchResult } from "./types";

const SIZES = [0, 500, 2_000];
const WARM_UP = 1;
const ROUNDS = 7;
const MAX_RATIO = 1.5;
const BUDGET_MS = 1_500;

export default async function editorLoadBench(): Promise<BenchResult[]> {
  const fx = await benchFixture();
  const articles = [];
  for (const claims of SIZES) articles.push({ claims, ...(await fx.article({ title: `Load ${claims}`, claims, seed: 8_000 + claims })) });
  const browser = await launchBrowser();
  try {
    const context = await signedInContext(browser, fx.baseUrl, await signIn(fx.baseUrl, fx.team.owner));
    const times = new Map<number, number[]>(SIZES.map((n) => [n, []]));
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      for (const article of articles) {
        const { page, times: t } = await openArticle(context, `${fx.baseUrl}/articles/${article.articleId}`, article.claims);
        if (t.badges !== article.claims) throw new Error(`Expected ${article.claims} highlights, found ${t.badges}.`);
        await page.close();
        if (round >= WARM_UP) times.get(article.claims)!.push(t.readyAt);
      }
    }
    await context.close();
    const words = articles[0].words.toLocaleString("en");
    for (const [n, samples] of times) console.log(`editor-load: ${n} claims: ${list(samples)} (${machineLoad()})`);
    const at = (n: number) => median(times.get(n)!);
    const ratio = at(2_000) / at(0);
    return [
      ...SIZES.map((n) => ({
        figure: `editor load, ${words} words, ${n.toLocaleString("en")} claims: highlights drawn + input free (median of ${ROUNDS})`,
        value: round(at(n), 0),
        unit: "ms",
        target: `< ${BUDGET_MS.toLocaleString("en")} ms`,
        pass: at(n) < BUDGET_MS,
      })),
      {
        figure: "editor load, 2,000 claims ÷ 0 claims (same run)",
        value: round(ratio, 2),
        unit: "×",
        target: `≤ ${MAX_RATIO}×`,
        pass: ratio <= MAX_RATIO,
      },
    ];
  } finally {
    await browser.close();
  }
}
