/** Debian's Chromium driven by Playwright, as in the e2e tier, with pages signed in and carrying the probe. */
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { PROBE_SCRIPT } from "./probe";
import type { SessionCookie } from "./session";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
}

/** A browser context with a session cookie: a desktop-sized window where the claims panel is its own scroller. */
export async function signedInContext(browser: Browser, baseUrl: string, session: SessionCookie): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addCookies([{ name: session.name, value: session.value, url: baseUrl }]);
  await context.addInitScript(PROBE_SCRIPT);
  return context;
}

export type ReadyTimes = { drawnAt: number; idleAt: number; readyAt: number; badges: number; longTasks: number };
export type KeyTimes = { keyAt: number | null; domAt: number | null; doneAt: number | null; origin: number };

type Probe = {
  ready: Promise<ReadyTimes>;
  arm(condition: Condition): void;
  result(timeoutMs: number): Promise<KeyTimes>;
  active(): { id: string; status: string } | null;
};
export type Condition = { kind: "active-changed"; from: string | null } | { kind: "status"; id: string; status: string } | { kind: "list-shown" };
type ProbeWindow = { __bench: Probe & { expect(count: number): void } };

/** Opens a page on `url` and resolves when `claims` highlights are drawn and the main thread is free again. */
export async function openArticle(context: BrowserContext, url: string, claims: number): Promise<{ page: Page; times: ReadyTimes }> {
  const page = await context.newPage();
  await page.addInitScript((count) => (window as unknown as ProbeWindow).__bench.expect(count), claims);
  await page.goto(url, { waitUntil: "commit" });
  const times = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.ready);
  return { page, times };
}

/** Presses `key` and measures until `condition` shows in the DOM (and one frame after). Null on a 10 s timeout. */
export async function timeKey(page: Page, key: string, condition: Condition): Promise<KeyTimes | null> {
  await page.evaluate((c) => (window as unknown as ProbeWindow).__bench.arm(c), condition);
  await page.keyboard.press(key);
  const times = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.result(10_000));
  return times.doneAt === null ? null : times;
}

export const activeClaim = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).__bench.active());

/** Arms a watch on a page that does not press anything (the other browser of the live benchmark). */
export const arm = (page: Page, condition: Condition) => page.evaluate((c) => (window as unknown as ProbeWindow).__bench.arm(c), condition);
export const awaitArmed = (page: Page, timeoutMs: number) => page.evaluate((t) => (window as unknown as ProbeWindow).__bench.result(t), timeoutMs);
