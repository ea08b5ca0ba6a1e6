import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/auth";
import { importByPasting } from "./support/import";
import { highlights } from "./support/review";

const STATS = "Unemployment fell to 4.2 percent in March, the lowest level since 2008, the statistics office said.";
const HEDGED = "The minister reportedly plans to cut the fuel tax by half before the election.";
const BRIDGE = "The new bridge cost 310 million euros, twice the original estimate.";
const STORY = ["Budget week in the capital", STATS, HEDGED, "Thanks for reading.", BRIDGE].join("\n\n");

/** Suggested sentences drawn in the article, by their text. */
async function underlined(page: Page): Promise<{ text: string; hedged: boolean }[]> {
  return page.getByLabel("Article text").evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>("[data-suggestion-id]")).map((span) => ({
      text: span.textContent ?? "",
      hedged: span.classList.contains("suggestion--hedged"),
    })),
  );
}

const suggestedTab = (page: Page) => page.getByRole("tab", { name: /^Suggested/ });

test("suggested claims: underlined on import, accepted and dismissed by key or click, with undo, and kept across a reload", async ({ page }) => {
  await signUp(page, { name: "Suggest Reviewer", email: uniqueEmail("suggest"), password: "suggestions reviewer pw" });
  await importByPasting(page, STORY);
  await expect(page.getByLabel("Article text")).toContainText("fuel tax");

  // Dashed underlines on the check-worthy sentences; the hedged one marked as such; the sign-off left alone.
  await expect.poll(async () => (await underlined(page)).map((u) => u.text)).toEqual(expect.arrayContaining([STATS, HEDGED, BRIDGE]));
  const drawn = await underlined(page);
  expect(drawn.find((u) => u.text === HEDGED)?.hedged).toBe(true);
  expect(drawn.find((u) => u.text === STATS)?.hedged).toBe(false);
  expect(drawn.map((u) => u.text)).not.toContain("Thanks for reading.");

  // The Suggested tab lists them by score; the hedged one says it is likely unsourced.
  await expect(suggestedTab(page)).toHaveText(`Suggested (${drawn.length})`);
  await suggestedTab(page).click();
  const list = page.getByRole("list", { name: "Suggested claims" });
  await expect(list.getByRole("listitem")).toHaveCount(drawn.length);
  await expect(list.getByRole("listitem").filter({ hasText: "fuel tax" })).toContainText("Likely unsourced: leans on “reportedly”");

  // J looks at the most check-worthy one: its card and its "Suggested" label in the text. A accepts it.
  await page.keyboard.press("j");
  const card = page.getByRole("region", { name: "Suggested claim" });
  await expect(card).toBeVisible();
  const firstQuote = (await list.getByRole("listitem").first().locator(".claim-row__quote").textContent())!.replace(/^“|”$/g, "");
  await expect(card).toContainText(firstQuote.replace(/…$/, ""));
  await expect(page.getByLabel("Article text").locator(".suggestion-label")).toHaveText("Suggested");
  await page.keyboard.press("a");
  await expect(page.getByText("Claim created from the suggestion, as Unreviewed.")).toBeVisible();
  await expect.poll(async () => [...(await highlights(page)).values()]).toEqual([{ text: expect.stringContaining(firstQuote.slice(0, 20)), status: "UNREVIEWED" }]);
  await expect(suggestedTab(page)).toHaveText(`Suggested (${drawn.length - 1})`);
  // The next one by score is up at once, ready for the next key.
  await expect(card).toBeVisible();

  // A click on an underline looks at that sentence; X dismisses it, and Undo brings it back.
  const dismissable = [STATS, HEDGED, BRIDGE].find((s) => !firstQuote.startsWith(s.slice(0, 20)))!;
  await page.getByLabel("Article text").locator("[data-suggestion-id]", { hasText: dismissable }).click();
  await expect(card).toContainText(dismissable);
  await page.keyboard.press("x");
  await expect(page.getByText("Suggestion dismissed for the whole team.")).toBeVisible();
  await expect(suggestedTab(page)).toHaveText(`Suggested (${drawn.length - 2})`);
  expect((await underlined(page)).map((u) => u.text)).not.toContain(dismissable);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(suggestedTab(page)).toHaveText(`Suggested (${drawn.length - 1})`);
  await expect(card).toContainText(dismissable);

  // Dismiss it with the button this time, and reload: the claim stays, the dismissed sentence is not offered again.
  await card.getByRole("button", { name: /^Dismiss/ }).click();
  await expect(suggestedTab(page)).toHaveText(`Suggested (${drawn.length - 2})`);
  await page.reload();
  await expect(page.getByLabel("Article text")).toContainText("fuel tax");
  await expect(suggestedTab(page)).toHaveText(`Suggested (${drawn.length - 2})`);
  expect((await underlined(page)).map((u) => u.text)).not.toContain(dismissable);
  expect((await highlights(page)).size).toBe(1);

  // Underlines can be switched off for this browser; the one being looked at is still drawn.
  await suggestedTab(page).click();
  await page.getByLabel("Underline suggestions in the article").uncheck();
  await expect.poll(async () => (await underlined(page)).length).toBe(0);
  await page.keyboard.press("j");
  await expect.poll(async () => (await underlined(page)).length).toBe(1);
  await page.getByLabel("Underline suggestions in the article").check();
  await expect.poll(async () => (await underlined(page)).length).toBe(drawn.length - 2);
});
