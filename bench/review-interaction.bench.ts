// Review interaction (issue 8, item 2) on a ~20,000-word article with 2,000 claims, in headless Chromium against the
// production build. Key press to updated highlight, measured inside the page (bench/support/probe.ts): J (next claim:
// the active highlight moves) and 1-4 (status: the open claim's highlight shows the new verdict), then Esc (close the
// claim: the claims list is back). Then a scripted scroll of the claims panel, top to bottom, one step per frame.
import type { Page } from "@playwright/test";
import { activeClaim, launchBrowser, openArticle, signedInContext, timeKey, type KeyTimes } from "./support/browser";
import { benchFixture } from "./support/fixture";
import { SCROLL_SCRIPT } from "./support/scroll-probe";
import { signIn } from "./support/session";
import { machineLoad, percentile, round } from "./support/stats";
import type { BenchResult } from "./types";

const CLAIMS = 2_000;
const PAIRS = 60; // 60 × (J, status) = 120 presses
const CLOSES = 30;
const KEY_BUDGET_MS = 50;
const FRAME_BUDGET_MS = 50;
const ROW_BUDGET = 100;
const STATUS_KEYS: Record<string, string> = { UNREVIEWED: "1", VERIFIED: "2", DISPUTED: "3", UNSOURCED: "4" };
const NEXT_STATUS: Record<string, string> = { UNREVIEWED: "VERIFIED", VERIFIED: "DISPUTED", DISPUTED: "UNSOURCED", UNSOURCED: "UNREVIEWED" };

const latency = (t: KeyTimes | null, what: string): number => {
  if (!t || t.keyAt === null || t.doneAt === null) throw new Error(`${what}: the page did not update within 10 s.`);
  return t.doneAt - t.keyAt;
};

async function pressLoop(page: Page): Promise<{ next: number[]; status: number[] }> {
  const next: number[] = [];
  const status: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const before = await activeClaim(page);
    next.push(latency(await timeKey(page, "j", { kind: "active-changed", from: before?.id ?? null }), "J"));
    const open = await activeClaim(page);
    if (!open) throw new Error("J did not open a claim.");
    const want = NEXT_STATUS[open.status];
    // The server's answer is awaited before the next press: one reviewer, one write at a time.
    const saved = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
    status.push(latency(await timeKey(page, STATUS_KEYS[want], { kind: "status", id: open.id, status: want }), "status key"));
    await saved;
  }
  return { next, status };
}

export default async function reviewInteractionBench(): Promise<BenchResult[]> {
  const fx = await benchFixture();
  const article = await fx.article({ title: "Review 2000", claims: CLAIMS, seed: 9_000 });
  const browser = await launchBrowser();
  try {
    const context = await signedInContext(browser, fx.baseUrl, await signIn(fx.baseUrl, fx.team.owner));
    const { page } = await openArticle(context, `${fx.baseUrl}/articles/${article.articleId}`, CLAIMS);
    const { next, status } = await pressLoop(page);
    const close: number[] = [];
    for (let i = 0; i < CLOSES; i++) {
      if (!(await activeClaim(page))) await timeKey(page, "j", { kind: "active-changed", from: null });
      // The highlight answers J before the claim's panel renders: Esc closes a panel, so wait until there is one.
      await page.getByRole("region", { name: "Claim", exact: true }).waitFor();
      close.push(latency(await timeKey(page, "Escape", { kind: "list-shown" }), "Esc"));
    }
    await page.getByRole("list", { name: "Claims" }).waitFor();
    const scroll = (await page.evaluate(`${SCROLL_SCRIPT}({ stepPx: 300, maxFrames: 1200 })`)) as { frames: number[]; maxRows: number; scrolledPx: number };
    await context.close();

    const p95 = (samples: number[]) => round(percentile(samples, 95));
    const slowFrames = scroll.frames.filter((f) => f > FRAME_BUDGET_MS).length;
    console.log(
      `review-interaction: J p50 ${round(percentile(next, 50))} / p95 ${p95(next)} ms; status p50 ${round(percentile(status, 50))} / p95 ${p95(status)} ms; ` +
        `Esc p50 ${round(percentile(close, 50))} / p95 ${p95(close)} ms; scroll ${Math.round(scroll.scrolledPx)} px in ${scroll.frames.length} frames, ` +
        `frame p50 ${round(percentile(scroll.frames, 50))} / p95 ${p95(scroll.frames)} / max ${round(Math.max(...scroll.frames))} ms, ` +
        `${slowFrames} over ${FRAME_BUDGET_MS} ms, at most ${scroll.maxRows} rows in the DOM (${machineLoad()})`,
    );
    const keyRow = (figure: string, samples: number[]): BenchResult => ({
      figure: `${figure}, ${CLAIMS.toLocaleString("en")} claims (p95 of ${samples.length})`,
      value: p95(samples),
      unit: "ms",
      target: `< ${KEY_BUDGET_MS} ms`,
      pass: percentile(samples, 95) < KEY_BUDGET_MS,
    });
    return [
      keyRow("J (next claim) → active highlight moved", next),
      keyRow("1-4 (status) → highlight shows the verdict", status),
      keyRow("Esc (close claim) → claims list shown", close),
      {
        figure: `claims panel scroll, ${CLAIMS.toLocaleString("en")} claims: frames over ${FRAME_BUDGET_MS} ms (of ${scroll.frames.length})`,
        value: slowFrames,
        unit: "frames",
        target: "0",
        pass: slowFrames === 0,
      },
      {
        figure: `claims panel, most list rows in the DOM while scrolling ${CLAIMS.toLocaleString("en")} claims`,
        value: scroll.maxRows,
        unit: "rows",
        target: `≤ ${ROW_BUDGET} (virtualised)`,
        pass: scroll.maxRows <= ROW_BUDGET,
      },
    ];
  } finally {
    await browser.close();
  }
}
